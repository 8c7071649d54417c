/** A one-time code to deliver: the providers fill their own templates with `code` and `minutes`. */
export type CodeMessage = { phone: string; code: string; minutes: number };

/** Sends SMS codes. Adapters: console (demo, development, tests), Aliyun, Tencent Cloud. */
export interface SmsProvider {
  readonly name: "console" | "aliyun" | "tencent";
  sendCode(message: CodeMessage): Promise<void>;
}

/** The provider refused or could not be reached; `code` is the provider's own error code, for the log. */
export class SmsDeliveryError extends Error {
  constructor(
    readonly provider: string,
    readonly code: string,
    message: string,
  ) {
    super(`${provider} SMS: ${code}: ${message}`);
    this.name = "SmsDeliveryError";
  }
}

/** The text the console provider shows, and what the real templates are registered to say. */
export function codeText({ code, minutes }: CodeMessage): string {
  return `【在职党员进社区】您的验证码是 ${code}，${minutes} 分钟内有效，请勿告诉他人。`;
}
