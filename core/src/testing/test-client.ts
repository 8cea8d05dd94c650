/** An answer as the tests read it: status, headers and the parsed JSON body (or text). */
export interface TestResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface TestClientOptions {
  /**
   * Return a 500 like any other answer instead of throwing. Only for a test of the error
   * handler itself: everywhere else a 500 is a bug and must fail the test that met it.
   * @default false
   */
  allowInternalErrors?: boolean;
}

/**
 * A browser-like HTTP client for the real server: it keeps the session cookie it is given and
 * sends the Origin of the server, as the web app does. An answer 500 throws, naming the route,
 * so no test of the suite can pass over an internal error unseen.
 */
export class TestClient {
  private cookie?: string;

  constructor(readonly baseUrl: string, private readonly options: TestClientOptions = {}) {}

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers);
  }
  put<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', path, body, headers);
  }
  patch<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', path, body, headers);
  }
  delete<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('DELETE', path, undefined, headers);
  }

  /** Signs in; throws when the server refuses, so a fixture mistake shows at once. */
  async signIn(tenant: string | undefined, login: string, password: string): Promise<this> {
    const answer = await this.post('/api/auth/login', {
      ...(tenant ? { tenant } : {}),
      login,
      password,
    });
    if (answer.status !== 200) {
      throw new Error(
        `Sign-in of ${login}@${tenant ?? 'platform'} failed: ${answer.status} ${answer.text}`,
      );
    }
    return this;
  }

  /** Sends a body as it is, for malformed JSON and wrong content types. */
  async raw(method: string, path: string, body: string, contentType = 'application/json') {
    return this.request(method, path, body, { 'content-type': contentType }, false);
  }

  /** A GET whose answer is read as bytes (a download), with the session of this client. */
  async bytes(path: string) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      headers: { origin: this.baseUrl, ...(this.cookie ? { cookie: this.cookie } : {}) },
      redirect: 'manual',
    });
    return {
      status: response.status, headers: response.headers,
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    encode = true,
  ): Promise<TestResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        origin: this.baseUrl,
        ...(body !== undefined && encode ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : encode ? JSON.stringify(body) : (body as string),
      redirect: 'manual',
    });
    this.keepCookie(response.headers);

    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: the tests read `text`
    }
    if (response.status === 500 && !this.options.allowInternalErrors) {
      throw new Error(
        `${method} ${path} answered 500 (request id ${response.headers.get('x-request-id')}): ` +
          `${text.slice(0, 300)}. A 500 is a bug; DOTS_TEST_LOG_LEVEL=error shows its stack.`,
      );
    }
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  private keepCookie(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      if (!pair) continue;
      const cleared = /max-age=0|expires=thu, 01 jan 1970/i.test(line) || pair.endsWith('=');
      this.cookie = cleared ? undefined : pair;
    }
  }
}
