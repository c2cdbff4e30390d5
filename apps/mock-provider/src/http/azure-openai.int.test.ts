import OpenAI, { AzureOpenAI } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  rejectionOf,
  startMockProvider,
  type RunningMock,
} from '../test-support/start-mock-provider.js';

let mock: RunningMock;
const hello = [{ role: 'user' as const, content: 'Hello, mock!' }];

beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(async () => {
  await mock.app.close();
});

describe('Azure OpenAI deployments (official AzureOpenAI client)', () => {
  const azure = () =>
    new AzureOpenAI({
      endpoint: `${mock.baseUrl}/azure`,
      apiKey: 'azure-key',
      apiVersion: '2024-10-21',
      deployment: 'gpt-4o-mini',
      maxRetries: 0,
    });

  it('chats, streams and embeds through deployment URLs', async () => {
    const completion = await azure().chat.completions.create({ model: '', messages: hello });
    expect(completion.model).toBe('gpt-4o-mini');
    expect(completion.choices[0]?.message.content).toContain('mock answer from gpt-4o-mini');
    expect(completion).toMatchObject({
      prompt_filter_results: [{ prompt_index: 0 }],
      choices: [{ content_filter_results: { hate: { filtered: false } } }],
    });
    const stream = await azure().chat.completions.create({
      model: '',
      messages: hello,
      stream: true,
    });
    let text = '';
    const choiceCounts: number[] = [];
    for await (const chunk of stream) {
      choiceCounts.push(chunk.choices.length);
      text += chunk.choices[0]?.delta.content ?? '';
    }
    expect(text).toBe(completion.choices[0]?.message.content);
    expect(choiceCounts[0]).toBe(0); // Azure's prompt-filter chunk comes first, without choices
    const embeddingClient = new AzureOpenAI({
      endpoint: `${mock.baseUrl}/azure`,
      apiKey: 'k',
      apiVersion: '2024-10-21',
      deployment: 'text-embedding-3-small',
      maxRetries: 0,
    });
    const embeddings = await embeddingClient.embeddings.create({ model: '', input: 'alpha' });
    expect(embeddings.data[0]?.embedding).toHaveLength(1536);
  });

  it("answers Azure's errors for a missing api-version, a bad key and an unknown deployment", async () => {
    const noVersion = new OpenAI({
      apiKey: 'k',
      baseURL: `${mock.baseUrl}/azure/openai/deployments/gpt-4o-mini`,
      maxRetries: 0,
    });
    const missing = await rejectionOf(
      noVersion.chat.completions.create({ model: 'gpt-4o-mini', messages: hello }),
    );
    expect(missing).toBeInstanceOf(OpenAI.NotFoundError);
    expect(missing).toMatchObject({
      status: 404,
      error: { code: '404', message: 'Resource not found' },
    });
    const badKey = await rejectionOf(
      new AzureOpenAI({
        endpoint: `${mock.baseUrl}/azure`,
        apiKey: 'invalid',
        apiVersion: '2024-10-21',
        deployment: 'gpt-4o',
        maxRetries: 0,
      }).chat.completions.create({ model: '', messages: hello }),
    );
    expect(badKey).toBeInstanceOf(OpenAI.AuthenticationError);
    const deployment = await rejectionOf(
      new AzureOpenAI({
        endpoint: `${mock.baseUrl}/azure`,
        apiKey: 'k',
        apiVersion: '2024-10-21',
        deployment: 'my-gpt',
        maxRetries: 0,
      }).chat.completions.create({ model: '', messages: hello }),
    );
    expect(deployment).toMatchObject({ status: 404, code: 'DeploymentNotFound' });
  });
});
