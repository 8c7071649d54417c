import { smsSettings } from "../env.ts";
import { aliyunSmsProvider } from "./aliyun-sms.ts";
import { consoleSmsProvider } from "./console-sms.ts";
import type { SmsProvider } from "./sms-provider.ts";
import { tencentSmsProvider } from "./tencent-sms.ts";

let provider: SmsProvider | undefined;

/** The configured provider (lib/env.ts `smsSettings`), made once. */
export function smsProvider(): SmsProvider {
  if (!provider) {
    const settings = smsSettings();
    provider =
      settings.provider === "aliyun"
        ? aliyunSmsProvider(settings)
        : settings.provider === "tencent"
          ? tencentSmsProvider(settings)
          : consoleSmsProvider;
  }
  return provider;
}
