import { createHash, createHmac } from "node:crypto";
import { SmsDeliveryError, type SmsProvider } from "./sms-provider.ts";

export type TencentSmsSettings = {
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  signName: string;
  templateId: string;
  region: string;
  endpoint: string;
};

const SERVICE = "sms";
const VERSION = "2021-01-11";
const CONTENT_TYPE = "application/json; charset=utf-8";

const sha256Hex = (value: string) => createHash("sha256").update(value).digest("hex");
const hmac = (key: Buffer | string, value: string) => createHmac("sha256", key).update(value).digest();

/** The `Authorization` header of Tencent Cloud API 3.0 (TC3-HMAC-SHA256) for a JSON POST to "/". */
export function tc3Authorization(options: {
  secretId: string;
  secretKey: string;
  host: string;
  action: string;
  payload: string;
  timestamp: number;
  service?: string;
}): string {
  const service = options.service ?? SERVICE;
  const date = new Date(options.timestamp * 1000).toISOString().slice(0, 10);
  const signedHeaders = "content-type;host;x-tc-action";
  const canonicalHeaders = `content-type:${CONTENT_TYPE}\nhost:${options.host}\nx-tc-action:${options.action.toLowerCase()}\n`;
  const canonicalRequest = ["POST", "/", "", canonicalHeaders, signedHeaders, sha256Hex(options.payload)].join("\n");
  const scope = `${date}/${service}/tc3_request`;
  const stringToSign = ["TC3-HMAC-SHA256", String(options.timestamp), scope, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = hmac(hmac(hmac(`TC3${options.secretKey}`, date), service), "tc3_request");
  const signature = createHmac("sha256", signingKey).update(stringToSign).digest("hex");
  return `TC3-HMAC-SHA256 Credential=${options.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

type TencentAnswer = {
  Response?: {
    Error?: { Code: string; Message: string };
    SendStatusSet?: { PhoneNumber: string; Code: string; Message: string; SerialNo?: string }[];
    RequestId?: string;
  };
};

/** SMS SendSms (version 2021-01-11): template parameters are the code and the minutes it is valid. */
export function tencentSmsProvider(settings: TencentSmsSettings, now: () => Date = () => new Date()): SmsProvider {
  return {
    name: "tencent",
    async sendCode({ phone, code, minutes }) {
      const url = new URL(settings.endpoint);
      const action = "SendSms";
      const payload = JSON.stringify({
        PhoneNumberSet: [`+86${phone}`],
        SmsSdkAppId: settings.sdkAppId,
        SignName: settings.signName,
        TemplateId: settings.templateId,
        TemplateParamSet: [code, String(minutes)],
      });
      const timestamp = Math.floor(now().getTime() / 1000);
      let answer: TencentAnswer;
      try {
        const response = await fetch(url, {
          method: "POST",
          signal: AbortSignal.timeout(10_000),
          headers: {
            Authorization: tc3Authorization({ ...settings, host: url.host, action, payload, timestamp }),
            "Content-Type": CONTENT_TYPE,
            "X-TC-Action": action,
            "X-TC-Version": VERSION,
            "X-TC-Timestamp": String(timestamp),
            "X-TC-Region": settings.region,
          },
          body: payload,
        });
        answer = (await response.json().catch(() => ({}))) as TencentAnswer;
      } catch (error) {
        throw new SmsDeliveryError("tencent", "network", error instanceof Error ? error.message : String(error));
      }
      const result = answer.Response;
      if (!result) throw new SmsDeliveryError("tencent", "unknown", "no Response in the answer");
      if (result.Error)
        throw new SmsDeliveryError(
          "tencent",
          result.Error.Code,
          `${result.Error.Message} (RequestId ${result.RequestId ?? "-"})`,
        );
      const status = result.SendStatusSet?.[0];
      if (status?.Code !== "Ok") {
        throw new SmsDeliveryError(
          "tencent",
          status?.Code ?? "unknown",
          `${status?.Message ?? "no status"} (RequestId ${result.RequestId ?? "-"})`,
        );
      }
    },
  };
}
