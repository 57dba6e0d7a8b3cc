import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TTL_ATTRIBUTE } from '../../src/skill/persistence/dynamoDbPersistenceAdapter';
import { onlyResourceOfType, readTemplate, resourcesOfType, Template, TEMPLATE_PATH } from './cloudFormation';

const root = path.resolve(__dirname, '../..');
const template: Template = readTemplate();
const ref = (name: string) => ({ Ref: name });
const getAtt = (resource: string, attribute: string) => ({ 'Fn::GetAtt': [resource, attribute] });

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

function statementsOf(template: Template): Statement[] {
  const [, role] = onlyResourceOfType(template, 'AWS::IAM::Role');
  const policies = role.Properties.Policies as { PolicyDocument: { Statement: Statement[] } }[];
  return policies.flatMap((policy) => policy.PolicyDocument.Statement);
}
const actionsOf = (statement: Statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]);

/** The DynamoDB calls the adapter makes, read from its source: each `new XCommand(` is the action `dynamodb:XItem`. */
function actionsTheAdapterUses(): string[] {
  const source = readFileSync(path.join(root, 'src/skill/persistence/dynamoDbPersistenceAdapter.ts'), 'utf8');
  return [...new Set([...source.matchAll(/new (Get|Put|Delete|Update)Command\(/g)].map((match) => `dynamodb:${match[1]}Item`))].sort();
}

describe('the CloudFormation template (infrastructure/cfn-deployer/skill-stack.yaml)', () => {
  it('declares the parameters @ask-cli/cfn-deployer passes', () => {
    for (const name of ['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion']) {
      expect(template.Parameters[name]).toMatchObject({ Type: 'String' });
    }
    expect(template.Parameters.LambdaRuntime.AllowedValues).toEqual(['nodejs22.x']);
  });

  it('runs the skill on nodejs22.x from the uploaded code, with memory, a timeout of at least 10 s and PERSISTENCE_TABLE', () => {
    const [, lambda] = onlyResourceOfType(template, 'AWS::Lambda::Function');
    expect(lambda.Properties).toMatchObject({
      Runtime: ref('LambdaRuntime'),
      Handler: ref('LambdaHandler'),
      Code: { S3Bucket: ref('CodeBucket'), S3Key: ref('CodeKey'), S3ObjectVersion: ref('CodeVersion') },
      Role: getAtt('SkillExecutionRole', 'Arn'),
    });
    expect(lambda.Properties.MemorySize).toBeGreaterThanOrEqual(128);
    expect(lambda.Properties.Timeout).toBeGreaterThanOrEqual(10);
    expect((lambda.Properties.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({
      PERSISTENCE_TABLE: ref('MemoryTable'),
      SKILL_ID: ref('SkillId'),
      ACCOUNT_LINKING: ref('AccountLinking'),
      PROVIDER: ref('Provider'),
    });
  });

  it('keeps memory in an on-demand table keyed by id, with TTL on the attribute the adapter writes and point-in-time recovery', () => {
    const [name, table] = onlyResourceOfType(template, 'AWS::DynamoDB::Table');
    expect(name).toBe('MemoryTable');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    // One table per stack, so per Alexa region: no fixed name that two regions' stacks could fight over.
    expect(table.Properties.TableName).toBeUndefined();
  });

  it("grants only the DynamoDB actions the adapter uses, on the table's ARN, and no wildcard anywhere", () => {
    const statements = statementsOf(template);
    const dynamo = statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith('dynamodb:')));
    expect(dynamo).toHaveLength(1);
    expect([...actionsOf(dynamo[0])].sort()).toEqual(actionsTheAdapterUses());
    expect(actionsTheAdapterUses()).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem']);
    expect(dynamo[0].Resource).toEqual(getAtt('MemoryTable', 'Arn'));

    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      for (const action of actionsOf(statement)) expect(action).not.toContain('*');
      expect(JSON.stringify(statement.Resource)).not.toContain('*');
    }
    const [, role] = onlyResourceOfType(template, 'AWS::IAM::Role');
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('lets the role write its logs, only to its own log group', () => {
    const logs = statementsOf(template).filter((statement) => actionsOf(statement).some((action) => action.startsWith('logs:')));
    expect(logs).toHaveLength(1);
    expect([...actionsOf(logs[0])].sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    expect(logs[0].Resource).toEqual(getAtt('SkillLogGroup', 'Arn'));
  });

  it('lets Alexa invoke the function for this skill only', () => {
    const [, permission] = onlyResourceOfType(template, 'AWS::Lambda::Permission');
    expect(permission.Properties).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: getAtt('SkillFunction', 'Arn'),
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: ref('SkillId'),
    });
  });

  it('keeps the memory table and the log group when the stack is deleted or they are replaced (TTL and retention still expire what is in them)', () => {
    for (const type of ['AWS::DynamoDB::Table', 'AWS::Logs::LogGroup']) {
      const [, resource] = onlyResourceOfType(template, type);
      expect(resource).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    }
  });

  it('sends the logs to a log group with a retention period, which the metric filters read', () => {
    const [groupName, group] = onlyResourceOfType(template, 'AWS::Logs::LogGroup');
    expect(group.Properties.RetentionInDays).toEqual(ref('LogRetentionDays'));
    expect(template.Parameters.LogRetentionDays.Default).toBeGreaterThan(0);
    const [, lambda] = onlyResourceOfType(template, 'AWS::Lambda::Function');
    expect(lambda.Properties.LoggingConfig).toMatchObject({
      LogGroup: ref(groupName),
      LogFormat: 'JSON',
      ApplicationLogLevel: ref('LogLevel'),
    });
    const filters = resourcesOfType(template, 'AWS::Logs::MetricFilter');
    expect(filters.length).toBeGreaterThanOrEqual(4);
    for (const [, filter] of filters) expect(filter.Properties.LogGroupName).toEqual(ref(groupName));
  });

  it('alarms on the provider error rate: provider errors over all answers', () => {
    const [, alarm] = onlyResourceOfType(template, 'AWS::CloudWatch::Alarm');
    const metrics = alarm.Properties.Metrics as { Id: string; Expression?: string; MetricStat?: { Metric: { MetricName: string } } }[];
    const byId = Object.fromEntries(metrics.map((metric) => [metric.Id, metric]));
    expect(byId.errors.MetricStat?.Metric.MetricName).toBe('ProviderErrors');
    expect(byId.answers.MetricStat?.Metric.MetricName).toBe('Responses');
    expect(byId.errorRate.Expression).toBe('IF(answers > 0, 100 * errors / answers, 0)');
    expect(alarm.Properties.Threshold).toEqual(ref('ProviderErrorRateThreshold'));
  });

  it('gives the deployer the endpoint it writes into skill.json', () => {
    expect(template.Outputs.SkillEndpoint.Value).toEqual(getAtt('SkillFunction', 'Arn'));
  });
});

describe('ask-resources.json deploys that template to NA, EU and FE', () => {
  const resources = JSON.parse(readFileSync(path.join(root, 'ask-resources.json'), 'utf8')) as {
    profiles: { default: { code: Record<string, unknown>; skillInfrastructure: { type: string; userConfig: Record<string, unknown> } } };
  };
  const { code, skillInfrastructure } = resources.profiles.default;
  const userConfig = skillInfrastructure.userConfig as {
    templatePath: string;
    awsRegion: string;
    targetEndpoint: string[];
    cfn: { parameters: Record<string, string> };
    regionalOverrides: Record<string, { awsRegion: string; cfn: { parameters: Record<string, string> } }>;
  };

  it('uses the CloudFormation deployer with this template', () => {
    expect(skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    expect(path.resolve(root, userConfig.templatePath)).toBe(TEMPLATE_PATH);
  });

  it('builds one stack (and so one table) per region, each in an AWS region near its people', () => {
    expect(Object.keys(code).sort()).toEqual(['EU', 'FE', 'default']);
    expect(userConfig.awsRegion).toBe('us-east-1');
    expect(userConfig.regionalOverrides.EU.awsRegion).toBe('eu-west-1');
    expect(userConfig.regionalOverrides.FE.awsRegion).toBe('us-west-2');
  });

  it('passes every region the same, declared, non-reserved parameters (an override replaces the defaults, it does not merge)', () => {
    const declared = Object.keys(template.Parameters);
    const reserved = [
      'SkillId',
      'SkillClientId',
      'SkillClientSecret',
      'LambdaRuntime',
      'LambdaHandler',
      'CodeBucket',
      'CodeKey',
      'CodeVersion',
    ];
    const sets = [
      userConfig.cfn.parameters,
      userConfig.regionalOverrides.EU.cfn.parameters,
      userConfig.regionalOverrides.FE.cfn.parameters,
    ];
    for (const parameters of sets) {
      expect(Object.keys(parameters).sort()).toEqual(Object.keys(userConfig.cfn.parameters).sort());
      for (const name of Object.keys(parameters)) {
        expect(declared).toContain(name);
        expect(reserved).not.toContain(name);
      }
    }
  });

  it('writes each region’s Lambda ARN into the custom and the events endpoints, and skill.json subscribes to SKILL_DISABLED', () => {
    expect(userConfig.targetEndpoint).toEqual(['custom', 'events']);
    const manifest = JSON.parse(readFileSync(path.join(root, 'skill-package/skill.json'), 'utf8')) as {
      manifest: { events: { subscriptions: { eventName: string }[] } };
    };
    expect(manifest.manifest.events.subscriptions).toEqual([{ eventName: 'SKILL_DISABLED' }]);
  });
});
