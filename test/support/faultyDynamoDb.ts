import { createServer as createHttpServer } from 'node:http';
import { AddressInfo, createServer as createTcpServer, Server, Socket } from 'node:net';

/*
 * DynamoDB endpoints that fail the ways a real one can, for the memory's fault tests. Each
 * speaks at the network or wire level; nothing in the SDK or the adapter is mocked.
 */

export interface FaultyEndpoint {
  readonly endpoint: string;
  /** Requests (or connections, for a hang) the endpoint has seen. */
  readonly requests: number;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A port nothing listens on: every connection is refused. */
export async function refusingEndpoint(): Promise<FaultyEndpoint> {
  const server = createTcpServer();
  const endpoint = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return { endpoint, requests: 0, close: () => Promise.resolve() };
}

/** Accepts connections and never answers. */
export async function hangingEndpoint(): Promise<FaultyEndpoint> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  let connections = 0;
  server.on('connection', () => connections++);
  const endpoint = await listen(server);
  return {
    endpoint,
    get requests() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** DynamoDB's throttling answer, as its JSON 1.0 protocol sends it: 400, `x-amzn-ErrorType` and a `__type` body. */
export async function throttlingEndpoint(): Promise<FaultyEndpoint> {
  let requests = 0;
  const server = createHttpServer((request, response) => {
    requests++;
    request.resume();
    request.on('end', () => {
      const body = JSON.stringify({
        __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
        message:
          'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
      });
      response.writeHead(400, {
        'content-type': 'application/x-amz-json-1.0',
        'x-amzn-errortype': 'ProvisionedThroughputExceededException:',
        'x-amzn-requestid': 'THROTTLED0000000000000000000000000000000000000000000',
        'content-length': Buffer.byteLength(body),
      });
      response.end(body);
    });
  });
  const endpoint = await listen(server);
  return {
    endpoint,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
