using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WalkingDrum.StripeSandbox.Models;
using WalkingDrum.StripeSandbox.Services;

namespace WalkingDrum.StripeSandbox.Endpoints;

/// <summary>
/// Test controls under /_sandbox (same secret-key auth, per account): injected faults, the webhook
/// deliveries and a "deliver everything due now" switch so tests need not wait for the schedule.
/// </summary>
internal static class SandboxControlEndpoints
{
    public static IEndpointRouteBuilder MapSandboxControlEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/_sandbox").WithTags("Sandbox");
        group.MapPost("/faults", AddFault).WithName("AddSandboxFault")
            .WithSummary("The next `count` API requests under `path_prefix` answer `status` (429, 500 or 503).");
        group.MapDelete("/faults", ClearFaults).WithName("ClearSandboxFaults").WithSummary("Removes the account's faults.");
        group.MapGet("/deliveries", Deliveries).WithName("ListSandboxDeliveries").WithSummary("Lists webhook deliveries and their state.");
        group.MapPost("/deliveries/deliver", DeliverNow).WithName("DeliverSandboxWebhooks")
            .WithSummary("Delivers every delivery that is due now and answers what happened.");
        group.MapPost("/refunds/{id}/settle", SettleRefund).WithName("SettleSandboxRefund")
            .WithSummary("Moves a pending refund to `status` (succeeded, the default, or failed), as Stripe later does by itself.");
        return endpoints;
    }

    private static async Task<ContentHttpResult> AddFault(HttpContext http, FaultInjector faults)
    {
        using var reader = new StreamReader(http.Request.Body);
        var form = FormTree.Parse(await reader.ReadToEndAsync(http.RequestAborted));
        try
        {
            var status = Params.Integer(form, "status") ?? 500;
            if (status is not (429 or 500 or 502 or 503))
            {
                throw StripeApiException.Invalid("status must be 429, 500, 502 or 503.", "status");
            }
            var count = Params.Integer(form, "count") ?? 1;
            var prefix = form.GetNonEmpty("path_prefix") ?? "/v1/";
            var fault = faults.Add(Account(http), prefix, (int)status, (int)Math.Clamp(count, 1, 1000));
            return SandboxApi.Json(200, fault.ToJsonString(StripeJson.Options));
        }
        catch (StripeApiException error)
        {
            return SandboxApi.Json(error.Status, error.ToJson().ToJsonString(StripeJson.Options));
        }
    }

    private static ContentHttpResult ClearFaults(HttpContext http, FaultInjector faults)
    {
        faults.Clear(Account(http));
        return SandboxApi.Json(200, new JsonObject { ["object"] = "sandbox.faults", ["deleted"] = true }.ToJsonString(StripeJson.Options));
    }

    private static async Task<ContentHttpResult> Deliveries(HttpContext http, SandboxStore store)
    {
        var account = Account(http);
        var data = await store.RunAsync(tx => new JsonArray([.. tx.Deliveries(account).Select(d => (JsonNode?)new JsonObject
        {
            ["id"] = d.Id,
            ["object"] = "sandbox.delivery",
            ["event"] = d.EventId,
            ["event_type"] = (string?)tx.Find(account, d.EventId)?["type"],
            ["webhook_endpoint"] = d.EndpointId,
            ["copy"] = d.Copy,
            ["state"] = d.State,
            ["attempts"] = d.Attempts,
            ["next_attempt_at"] = d.State == "pending" ? d.NextAt / 1000 : null,
            ["last_status"] = d.LastStatus,
            ["last_error"] = d.LastError,
        })]), http.RequestAborted);
        return SandboxApi.Json(200, new JsonObject { ["object"] = "list", ["data"] = data, ["has_more"] = false }.ToJsonString(StripeJson.Options));
    }

    private static async Task<ContentHttpResult> DeliverNow(HttpContext http, WebhookDispatcher dispatcher)
    {
        var result = await dispatcher.DeliverDueAsync(Account(http), http.RequestAborted);
        return SandboxApi.Json(200, new JsonObject
        {
            ["object"] = "sandbox.delivery_pass",
            ["delivered"] = result.Delivered,
            ["retrying"] = result.Retrying,
            ["failed"] = result.Failed,
        }.ToJsonString(StripeJson.Options));
    }

    private static Task<ContentHttpResult> SettleRefund(HttpContext http, SandboxApi api, string id) =>
        api.WriteAsync(http, call => Refunds.Settle(call, id));

    private static string Account(HttpContext http) => (string)http.Items[SandboxApi.AccountItem]!;
}
