using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WalkingDrum.StripeSandbox.Models;
using WalkingDrum.StripeSandbox.Services;

namespace WalkingDrum.StripeSandbox.Endpoints;

/// <summary>/v1/payment_intents: on-session and off-session card payments.</summary>
internal static class PaymentIntentEndpoints
{
    public static IEndpointRouteBuilder MapPaymentIntentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v1/payment_intents").WithTags("PaymentIntents");
        group.MapPost("", Create).WithName("CreatePaymentIntent").WithSummary("Creates a PaymentIntent, confirming it when confirm=true.");
        group.MapGet("", List).WithName("ListPaymentIntents").WithSummary("Lists PaymentIntents; filter by customer.");
        group.MapGet("/{id}", Retrieve).WithName("RetrievePaymentIntent").WithSummary("Retrieves a PaymentIntent.");
        group.MapPost("/{id}/confirm", Confirm).WithName("ConfirmPaymentIntent").WithSummary("Attempts the payment.");
        group.MapPost("/{id}/cancel", Cancel).WithName("CancelPaymentIntent").WithSummary("Cancels an unfinished PaymentIntent.");
        return endpoints;
    }

    private static Task<ContentHttpResult> Create(HttpContext http, SandboxApi api) => api.WriteAsync(http, call =>
    {
        var form = call.Form;
        var pi = Payments.NewIntent(call, Params.PositiveAmount(form, "amount"), Params.Currency(form, "currency"));
        if (form.GetNonEmpty("customer") is { } customer)
        {
            call.Get("customer", customer, "customer", "customer");
            pi["customer"] = customer;
        }
        pi["description"] = form.GetNonEmpty("description");
        pi["metadata"] = Params.Metadata(form);
        pi["setup_future_usage"] = form.GetNonEmpty("setup_future_usage");
        JsonObject? pm = null;
        if (form.GetNonEmpty("payment_method") is { } pmId)
        {
            pm = Cards.Resolve(call, pmId);
            pi["payment_method"] = (string)pm["id"]!;
            pi["status"] = "requires_confirmation";
        }
        call.Save(pi);
        call.Emit("payment_intent.created", pi);
        return Params.Boolean(form, "confirm") ? ConfirmWith(call, pi, pm) : ApiResponse.Ok(Render.Object(call, pi));
    });

    private static Task<ContentHttpResult> Confirm(HttpContext http, SandboxApi api, string id) => api.WriteAsync(http, call =>
    {
        var pi = call.Get("payment_intent", id, "payment_intent");
        if ((string?)pi["status"] is not ("requires_payment_method" or "requires_confirmation"))
        {
            throw StripeApiException.Invalid(
                $"You cannot confirm this PaymentIntent because it has a status of {pi["status"]}.", code: "payment_intent_unexpected_state");
        }
        var pm = call.Form.GetNonEmpty("payment_method") is { } pmId ? Cards.Resolve(call, pmId)
            : (string?)pi["payment_method"] is { } saved ? call.Get("payment_method", saved, "PaymentMethod") : null;
        return ConfirmWith(call, pi, pm);
    });

    private static ApiResponse ConfirmWith(ApiCall call, JsonObject pi, JsonObject? pm)
    {
        if (pm is null)
        {
            throw StripeApiException.Invalid(
                "You cannot confirm this PaymentIntent because it's missing a payment method. Update the PaymentIntent with a payment method and then confirm it again.",
                code: "payment_intent_unexpected_state");
        }
        var customer = (string?)pi["customer"];
        if ((string?)pm["customer"] is { } owner && owner != customer)
        {
            throw StripeApiException.Invalid($"The provided PaymentMethod belongs to a different customer than {customer}.", "payment_method");
        }
        var offSession = Params.Boolean(call.Form, "off_session");
        var (result, decline) = Payments.Attempt(call, pi, pm, offSession, call.Form.GetNonEmpty("return_url"));
        return result == AttemptResult.Failed
            ? Payments.CardError(pi, decline!)
            : ApiResponse.Ok(Render.Object(call, pi));
    }

    private static Task<ContentHttpResult> Cancel(HttpContext http, SandboxApi api, string id) => api.WriteAsync(http, call =>
    {
        var pi = call.Get("payment_intent", id, "payment_intent");
        if ((string?)pi["status"] is "succeeded" or "canceled")
        {
            throw StripeApiException.Invalid(
                $"You cannot cancel this PaymentIntent because it has a status of {pi["status"]}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.",
                code: "payment_intent_unexpected_state");
        }
        pi["status"] = "canceled";
        pi["canceled_at"] = call.Now;
        pi["cancellation_reason"] = call.Form.GetNonEmpty("cancellation_reason");
        pi["next_action"] = null;
        call.Save(pi);
        call.Emit("payment_intent.canceled", pi);
        return Render.Object(call, pi);
    });

    private static Task<ContentHttpResult> Retrieve(HttpContext http, SandboxApi api, string id) =>
        api.ReadAsync(http, call => Render.Object(call, call.Get("payment_intent", id, "payment_intent")));

    private static Task<ContentHttpResult> List(HttpContext http, SandboxApi api) => api.ReadAsync(http, call =>
        Render.List(call, "/v1/payment_intents", call.Store.List(call.Account, Params.Page(call.Form, "payment_intent", Params.Equal(call.Form, "customer")))));
}
