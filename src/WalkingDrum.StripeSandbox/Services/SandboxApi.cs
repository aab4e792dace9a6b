using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WalkingDrum.StripeSandbox.Models;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>An API answer before it becomes HTTP: a status and a JSON body.</summary>
internal sealed record ApiResponse(int Status, JsonObject Body)
{
    public static ApiResponse Ok(JsonObject body) => new(200, body);
}

/// <summary>
/// Runs API handlers: reads the request into a <see cref="FormTree"/>, applies <c>Idempotency-Key</c>
/// and turns <see cref="StripeApiException"/> into Stripe's error JSON. A write, its events and its
/// idempotency record share one transaction.
/// </summary>
internal sealed class SandboxApi(SandboxStore store, SandboxContext sandbox, WebhookDispatcher dispatcher)
{
    public const string AccountItem = "sandbox.account";
    public const string RequestIdItem = "sandbox.request_id";

    public Task<ContentHttpResult> ReadAsync(HttpContext http, Func<ApiCall, JsonObject> handler) =>
        RunAsync(http, call => ApiResponse.Ok(handler(call)), idempotent: false);

    public Task<ContentHttpResult> WriteAsync(HttpContext http, Func<ApiCall, JsonObject> handler) =>
        RunAsync(http, call => ApiResponse.Ok(handler(call)), idempotent: true);

    /// <summary>A write that may answer an error and still commit (a declined charge records its attempt).</summary>
    public Task<ContentHttpResult> WriteAsync(HttpContext http, Func<ApiCall, ApiResponse> handler) =>
        RunAsync(http, handler, idempotent: true);

    private async Task<ContentHttpResult> RunAsync(HttpContext http, Func<ApiCall, ApiResponse> handler, bool idempotent)
    {
        var form = await ReadFormAsync(http.Request);
        var key = idempotent ? http.Request.Headers["Idempotency-Key"].FirstOrDefault() : null;
        var request = new RequestInfo((string)http.Items[AccountItem]!, form, (string)http.Items[RequestIdItem]!, key);
        var fingerprint = $"{http.Request.Method} {http.Request.Path} {form.Fingerprint()}";
        try
        {
            var (status, body, replayed, queued) = await store.RunAsync(tx =>
            {
                if (key is not null && tx.FindIdempotency(request.Account, key) is { } earlier)
                {
                    return earlier.Fingerprint == fingerprint
                        ? (earlier.Status, earlier.Body, true, false)
                        : throw new StripeApiException(400, "idempotency_error",
                            "Keys for idempotent requests can only be used with the same parameters they were first used with. "
                            + $"Try using a key other than '{key}' if you meant to execute a different request.");
                }
                var call = new ApiCall(tx, request, sandbox);
                var response = handler(call);
                var text = response.Body.ToJsonString(StripeJson.Options);
                if (key is not null)
                {
                    tx.PutIdempotency(request.Account, key, new IdempotencyRecord(fingerprint, response.Status, text));
                }
                return (response.Status, text, false, call.QueuedDeliveries);
            }, http.RequestAborted);
            if (queued)
            {
                dispatcher.Wake();
            }
            if (replayed)
            {
                http.Response.Headers["Idempotent-Replayed"] = "true";
            }
            if (key is not null)
            {
                http.Response.Headers["Idempotency-Key"] = key;
            }
            return Json(status, body);
        }
        catch (StripeApiException error)
        {
            return Json(error.Status, error.ToJson().ToJsonString(StripeJson.Options));
        }
    }

    public static ContentHttpResult Json(int status, string body) =>
        TypedResults.Content(body, "application/json", Encoding.UTF8, status);

    private static async Task<FormTree> ReadFormAsync(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return FormTree.Parse(request.QueryString.Value ?? "");
        }
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return FormTree.Parse(await reader.ReadToEndAsync(request.HttpContext.RequestAborted));
    }
}
