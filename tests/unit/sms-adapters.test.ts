import { createHash, createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aliyunSignature, aliyunSmsProvider } from "@/lib/sms/aliyun-sms";
import { SmsDeliveryError } from "@/lib/sms/sms-provider";
import { tencentSmsProvider } from "@/lib/sms/tencent-sms";

// Local fakes of the two providers' HTTP APIs. Each checks the request the way the provider does
// (its own signature computation, written here from the providers' documentation, not imported
// from the adapter) and answers with the provider's real response shapes.

type Fake = {
  server: Server;
  url: string;
  requests: { query?: URLSearchParams; headers: IncomingMessage["headers"]; body: string }[];
};

async function startFake(handle: (request: IncomingMessage, body: string) => { status: number; json: unknown }): Promise<Fake> {
  const fake: Fake = { server: createServer(), url: "", requests: [] };
  fake.server.on("request", (request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const query = new URL(request.url ?? "/", "http://fake").searchParams;
      fake.requests.push({ query, headers: request.headers, body });
      const answer = handle(request, body);
      response.writeHead(answer.status, { "Content-Type": "application/json;charset=utf-8" });
      response.end(JSON.stringify(answer.json));
    });
  });
  await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
  return fake;
}

// --- Aliyun dysmsapi (RPC style, signature v1) ---------------------------------------------

/** Aliyun's POP percent-encoding: java.net.URLEncoder, then + → %20, * → %2A, %7E → ~. */
function popEncode(value: string) {
  return encodeURIComponent(value)
    .replace(/!/g, "%21")
    .replace(/'/g, "%27")
    .replace(/\(/g, "%28")
    .replace(/\)/g, "%29")
    .replace(/\*/g, "%2A");
}

function aliyunExpectedSignature(query: URLSearchParams, secret: string) {
  const pairs = [...query.entries()].filter(([k]) => k !== "Signature").sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonical = pairs.map(([k, v]) => `${popEncode(k)}=${popEncode(v)}`).join("&");
  return createHmac("sha1", `${secret}&`)
    .update(`GET&%2F&${popEncode(canonical)}`)
    .digest("base64");
}

const ALIYUN = {
  accessKeyId: "LTAI-test-id",
  accessKeySecret: "aliyun-test-secret",
  signName: "东湖街道",
  templateCode: "SMS_000001",
};

describe("Aliyun SMS adapter", () => {
  let fake: Fake;
  beforeAll(async () => {
    fake = await startFake((request) => {
      const query = new URL(request.url ?? "/", "http://fake").searchParams;
      const requestId = "F655A8D5-B967-440B-8683-DAD6FF8DE990";
      if (request.method !== "GET" || query.get("Signature") !== aliyunExpectedSignature(query, ALIYUN.accessKeySecret)) {
        return {
          status: 400,
          json: {
            RequestId: requestId,
            HostId: "dysmsapi.aliyuncs.com",
            Code: "SignatureDoesNotMatch",
            Message: "Specified signature is not matched with our calculation.",
            Recommend: "https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch",
          },
        };
      }
      if (query.get("PhoneNumbers") === "13800000009") {
        return {
          status: 200,
          json: { Message: "触发分钟级流控Permits:1", RequestId: requestId, Code: "isv.BUSINESS_LIMIT_CONTROL" },
        };
      }
      return { status: 200, json: { Message: "OK", RequestId: requestId, BizId: "900619746936498440^0", Code: "OK" } };
    });
  });
  afterAll(() => fake.server.close());

  it("signs like Aliyun's documented examples", () => {
    // SendSms example of the dysmsapi documentation
    expect(
      aliyunSignature(
        {
          AccessKeyId: "testId",
          Action: "SendSms",
          Format: "XML",
          OutId: "123",
          PhoneNumbers: "15300000001",
          RegionId: "cn-hangzhou",
          SignName: "阿里云短信测试专用",
          SignatureMethod: "HMAC-SHA1",
          SignatureNonce: "45e25e9b-0a6f-4070-8c85-2956eda1b466",
          SignatureVersion: "1.0",
          TemplateCode: "SMS_71390007",
          TemplateParam: '{"customer":"test"}',
          Timestamp: "2017-07-12T02:42:19Z",
          Version: "2017-05-25",
        },
        "testSecret",
      ),
    ).toBe("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
    // DescribeRegions example of the RPC signature documentation
    expect(
      aliyunSignature(
        {
          Format: "XML",
          AccessKeyId: "testid",
          Action: "DescribeRegions",
          SignatureMethod: "HMAC-SHA1",
          SignatureNonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
          SignatureVersion: "1.0",
          Version: "2014-05-26",
          Timestamp: "2016-02-23T12:46:24Z",
        },
        "testsecret",
      ),
    ).toBe("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
  });

  it("sends SendSms with the template, the code as its parameter, and a valid signature", async () => {
    const provider = aliyunSmsProvider({ ...ALIYUN, endpoint: fake.url });
    await provider.sendCode({ phone: "13800000001", code: "042917", minutes: 5 });
    const query = fake.requests.at(-1)!.query!;
    expect(Object.fromEntries(query)).toMatchObject({
      Action: "SendSms",
      Version: "2017-05-25",
      Format: "JSON",
      AccessKeyId: ALIYUN.accessKeyId,
      PhoneNumbers: "13800000001",
      SignName: "东湖街道",
      TemplateCode: "SMS_000001",
      TemplateParam: '{"code":"042917"}',
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
    });
    expect(query.get("Timestamp")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(query.get("SignatureNonce")).toBeTruthy();
  });

  it("reports the provider's refusal and a bad signature as delivery errors with Aliyun's code", async () => {
    const provider = aliyunSmsProvider({ ...ALIYUN, endpoint: fake.url });
    await expect(provider.sendCode({ phone: "13800000009", code: "111111", minutes: 5 })).rejects.toMatchObject({
      name: "SmsDeliveryError",
      code: "isv.BUSINESS_LIMIT_CONTROL",
    });
    const wrongKey = aliyunSmsProvider({ ...ALIYUN, accessKeySecret: "not-the-secret", endpoint: fake.url });
    await expect(wrongKey.sendCode({ phone: "13800000001", code: "111111", minutes: 5 })).rejects.toMatchObject({
      code: "SignatureDoesNotMatch",
    });
  });

  it("reports an unreachable endpoint as a delivery error", async () => {
    const provider = aliyunSmsProvider({ ...ALIYUN, endpoint: "http://127.0.0.1:9" });
    await expect(provider.sendCode({ phone: "13800000001", code: "111111", minutes: 5 })).rejects.toBeInstanceOf(
      SmsDeliveryError,
    );
  });
});

// --- Tencent Cloud SMS (API 3.0, TC3-HMAC-SHA256) -----------------------------------------

const TENCENT = {
  secretId: "AKID-test-id",
  secretKey: "tencent-test-key",
  sdkAppId: "1400000001",
  signName: "东湖街道",
  templateId: "100001",
  region: "ap-guangzhou",
};

function sha256(value: string) {
  return createHash("sha256").update(value).digest("hex");
}

/** Recomputes the TC3 signature from the request as received, per Tencent's signature v3 document. */
function tencentExpectedAuthorization(request: IncomingMessage, body: string, secretKey: string) {
  const authorization = String(request.headers.authorization ?? "");
  const match =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d\d-\d\d)\/sms\/tc3_request, SignedHeaders=([a-z;-]+), Signature=([0-9a-f]{64})$/.exec(
      authorization,
    );
  if (!match) return { ok: false };
  const [, secretId, date, signedHeaders] = match;
  const timestamp = String(request.headers["x-tc-timestamp"]);
  if (new Date(Number(timestamp) * 1000).toISOString().slice(0, 10) !== date) return { ok: false };
  const headerNames = signedHeaders!.split(";");
  const canonicalHeaders = headerNames.map((name) => `${name}:${String(request.headers[name]).trim().toLowerCase()}\n`).join("");
  const canonicalRequest = `POST\n/\n\n${canonicalHeaders}\n${signedHeaders}\n${sha256(body)}`;
  const stringToSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/sms/tc3_request\n${sha256(canonicalRequest)}`;
  const kDate = createHmac("sha256", `TC3${secretKey}`).update(date!).digest();
  const kService = createHmac("sha256", kDate).update("sms").digest();
  const kSigning = createHmac("sha256", kService).update("tc3_request").digest();
  const signature = createHmac("sha256", kSigning).update(stringToSign).digest("hex");
  return {
    ok: authorization.endsWith(`Signature=${signature}`) && headerNames.includes("host") && headerNames.includes("content-type"),
    secretId,
  };
}

describe("Tencent Cloud SMS adapter", () => {
  let fake: Fake;
  beforeAll(async () => {
    fake = await startFake((request, body) => {
      const requestId = "a0aabda6-cf91-4f3e-a81f-9198114a2279";
      const check = tencentExpectedAuthorization(request, body, TENCENT.secretKey);
      if (!check.ok) {
        return {
          status: 200,
          json: {
            Response: {
              Error: {
                Code: "AuthFailure.SignatureFailure",
                Message: "The provided credentials could not be validated. Please check your signature is correct.",
              },
              RequestId: requestId,
            },
          },
        };
      }
      const payload = JSON.parse(body) as { PhoneNumberSet: string[] };
      const phone = payload.PhoneNumberSet[0]!;
      const status =
        phone === "+8613800000009"
          ? {
              Code: "LimitExceeded.PhoneNumberThirtySecondLimit",
              Message: "the number of sms messages sent from a single mobile number within 30 seconds exceeds the upper limit",
            }
          : { Code: "Ok", Message: "send success" };
      return {
        status: 200,
        json: {
          Response: {
            SendStatusSet: [
              {
                SerialNo: "5000:1045710669157053657849499619",
                PhoneNumber: phone,
                Fee: 1,
                SessionContext: "",
                IsoCode: "CN",
                ...status,
              },
            ],
            RequestId: requestId,
          },
        },
      };
    });
  });
  afterAll(() => fake.server.close());

  it("sends SendSms 2021-01-11 with the code and minutes as template parameters, signed with TC3-HMAC-SHA256", async () => {
    const provider = tencentSmsProvider({ ...TENCENT, endpoint: fake.url });
    await provider.sendCode({ phone: "13800000001", code: "042917", minutes: 5 });
    const request = fake.requests.at(-1)!;
    expect(request.headers).toMatchObject({
      "x-tc-action": "SendSms",
      "x-tc-version": "2021-01-11",
      "x-tc-region": "ap-guangzhou",
      "content-type": "application/json; charset=utf-8",
    });
    expect(request.headers.authorization).toContain(`Credential=${TENCENT.secretId}/`);
    expect(JSON.parse(request.body)).toEqual({
      PhoneNumberSet: ["+8613800000001"],
      SmsSdkAppId: "1400000001",
      SignName: "东湖街道",
      TemplateId: "100001",
      TemplateParamSet: ["042917", "5"],
    });
  });

  it("reports a per-number refusal and a signature failure with Tencent's codes", async () => {
    const provider = tencentSmsProvider({ ...TENCENT, endpoint: fake.url });
    await expect(provider.sendCode({ phone: "13800000009", code: "111111", minutes: 5 })).rejects.toMatchObject({
      code: "LimitExceeded.PhoneNumberThirtySecondLimit",
    });
    const wrongKey = tencentSmsProvider({ ...TENCENT, secretKey: "not-the-key", endpoint: fake.url });
    await expect(wrongKey.sendCode({ phone: "13800000001", code: "111111", minutes: 5 })).rejects.toMatchObject({
      name: "SmsDeliveryError",
      code: "AuthFailure.SignatureFailure",
    });
  });
});
