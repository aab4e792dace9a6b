using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WalkingDrum.StripeSandbox.Models;
using WalkingDrum.StripeSandbox.Services;

namespace WalkingDrum.StripeSandbox.Endpoints;

/// <summary>/v1/charges (read-only) and /v1/refunds.</summary>
internal static class RefundEndpoints
{
    public static IEndpointRouteBuilder MapRefundEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1/charges/{id}", RetrieveCharge).WithTags("Charges")
            .WithName("RetrieveCharge").WithSummary("Retrieves a charge with its refunded amount.");
        var group = endpoints.MapGroup("/v1/refunds").WithTags("Refunds");
        group.MapPost("", Create).WithName("CreateRefund").WithSummary("Refunds all or part of a charge.");
        group.MapGet("", List).WithName("ListRefunds").WithSummary("Lists refunds; filter by payment_intent or charge.");
        group.MapGet("/{id}", Retrieve).WithName("RetrieveRefund").WithSummary("Retrieves a refund.");
        return endpoints;
    }

    private static Task<ContentHttpResult> RetrieveCharge(HttpContext http, SandboxApi api, string id) =>
        api.ReadAsync(http, call => Render.Object(call, call.Get("charge", id, "charge")));

    private static Task<ContentHttpResult> Create(HttpContext http, SandboxApi api) => api.WriteAsync(http, call =>
    {
        var charge = RefundedCharge(call);
        var chargeId = (string)charge["id"]!;
        var amount = (long)charge["amount"]!;
        var refunded = (long)charge["amount_refunded"]!;
        var currency = (string)charge["currency"]!;
        if (refunded >= amount)
        {
            throw StripeApiException.Invalid($"Charge {chargeId} has already been refunded.", code: "charge_already_refunded");
        }
        var requested = Params.Integer(call.Form, "amount") ?? amount - refunded;
        if (requested < 1)
        {
            throw StripeApiException.Invalid("This value must be greater than or equal to 1.", "amount");
        }
        if (requested > amount - refunded)
        {
            throw StripeApiException.Invalid(
                $"Refund amount ({Params.Money(requested, currency)}) is greater than unrefunded amount on charge ({Params.Money(amount - refunded, currency)})",
                "amount");
        }
        var reason = call.Form.GetNonEmpty("reason");
        if (reason is not (null or "duplicate" or "fraudulent" or "requested_by_customer"))
        {
            throw StripeApiException.Invalid($"Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer", "reason");
        }
        var refund = call.NewObject("refund", "re");
        refund["amount"] = requested;
        refund["charge"] = chargeId;
        refund["currency"] = currency;
        refund["metadata"] = Params.Metadata(call.Form);
        refund["payment_intent"] = charge["payment_intent"]?.DeepClone();
        refund["reason"] = reason;
        refund["status"] = Refunds.InitialStatus(call, charge);
        call.Save(refund);
        charge["amount_refunded"] = refunded + requested;
        charge["refunded"] = refunded + requested == amount;
        call.Save(charge);
        call.Emit("refund.created", refund);
        call.Emit("charge.refunded", charge);
        return Render.Object(call, refund);
    });

    private static JsonObject RefundedCharge(ApiCall call)
    {
        if (call.Form.GetNonEmpty("charge") is { } chargeId)
        {
            return call.Get("charge", chargeId, "charge", "charge");
        }
        var piId = call.Form.GetNonEmpty("payment_intent")
            ?? throw StripeApiException.Invalid("One of the following params should be provided for this request: payment_intent or charge.");
        var pi = call.Get("payment_intent", piId, "payment_intent", "payment_intent");
        if ((string?)pi["status"] != "succeeded" || (string?)pi["latest_charge"] is not { } latest)
        {
            throw StripeApiException.Invalid($"This PaymentIntent ({piId}) does not have a successful charge to refund.",
                "payment_intent", "charge_not_refundable");
        }
        return call.Get("charge", latest, "charge", "payment_intent");
    }

    private static Task<ContentHttpResult> Retrieve(HttpContext http, SandboxApi api, string id) =>
        api.ReadAsync(http, call => Render.Object(call, call.Get("refund", id, "refund")));

    private static Task<ContentHttpResult> List(HttpContext http, SandboxApi api) => api.ReadAsync(http, call =>
        Render.List(call, "/v1/refunds", call.Store.List(call.Account, Params.Page(call.Form, "refund", Params.Equal(call.Form, "payment_intent", "charge")))));
}
