/*
 * jest types its asymmetric matchers as `any`, which the type-checked lint rules rightly refuse
 * inside an expected object. These are the same matchers, typed `unknown`.
 */

export const anyString: unknown = expect.any(String);
