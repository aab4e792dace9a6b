using System.Text.Json.Nodes;
using WalkingDrum.StripeSandbox.Models;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>How a payment attempt ended.</summary>
internal enum AttemptResult
{
    Succeeded,
    RequiresAction,
    Failed,
}

/// <summary>PaymentIntents and their charges: creating, attempting with a card, succeeding and failing.</summary>
internal static class Payments
{
    public static JsonObject NewIntent(ApiCall call, long amount, string currency)
    {
        var pi = call.NewObject("payment_intent", "pi");
        pi["amount"] = amount;
        pi["amount_capturable"] = 0;
        pi["amount_received"] = 0;
        pi["canceled_at"] = null;
        pi["cancellation_reason"] = null;
        pi["capture_method"] = "automatic";
        pi["client_secret"] = $"{pi["id"]}_secret_{Ids.New("s", 16)[2..]}";
        pi["confirmation_method"] = "automatic";
        pi["currency"] = currency;
        pi["customer"] = null;
        pi["description"] = null;
        pi["last_payment_error"] = null;
        pi["latest_charge"] = null;
        pi["metadata"] = new JsonObject();
        pi["next_action"] = null;
        pi["payment_method"] = null;
        pi["payment_method_types"] = new JsonArray("card");
        pi["setup_future_usage"] = null;
        pi["status"] = "requires_payment_method";
        return pi;
    }

    /// <summary>
    /// Confirms <paramref name="pi"/> with <paramref name="pm"/> the way the card behaves. Off session, a card
    /// that needs authentication fails with <c>authentication_required</c>; on session it waits for the
    /// sandbox's authentication page.
    /// </summary>
    public static (AttemptResult Result, CardDecline? Decline) Attempt(ApiCall call, JsonObject pi, JsonObject pm, bool offSession, string? returnUrl)
    {
        pi["payment_method"] = (string)pm["id"]!;
        pi["last_payment_error"] = null;
        var behavior = Cards.Behavior(pm);
        var decline = TestCards.ImmediateDecline(behavior) ?? (behavior == CardBehavior.ChargeDeclines ? TestCards.Declined : null);
        if (decline is not null)
        {
            Fail(call, pi, pm, decline, recordCharge: true);
            return (AttemptResult.Failed, decline);
        }
        if (behavior == CardBehavior.RequiresAuthentication)
        {
            if (offSession)
            {
                Fail(call, pi, pm, TestCards.AuthenticationRequired, recordCharge: false);
                return (AttemptResult.Failed, TestCards.AuthenticationRequired);
            }
            pi["status"] = "requires_action";
            pi["_return_url"] = returnUrl;
            pi["next_action"] = Authentication.NextAction(call, (string)pi["id"]!, returnUrl);
            call.Save(pi);
            call.Emit("payment_intent.requires_action", pi);
            return (AttemptResult.RequiresAction, null);
        }
        Succeed(call, pi, pm);
        return (AttemptResult.Succeeded, null);
    }

    public static void Succeed(ApiCall call, JsonObject pi, JsonObject pm)
    {
        var charge = NewCharge(call, pi, pm, succeeded: true, decline: null);
        pi["status"] = "succeeded";
        pi["amount_received"] = (long)pi["amount"]!;
        pi["latest_charge"] = (string)charge["id"]!;
        pi["next_action"] = null;
        pi["last_payment_error"] = null;
        if (pi["setup_future_usage"] is not null && (string?)pi["customer"] is { } customer)
        {
            Cards.Attach(call, pm, customer);
        }
        call.Save(pi);
        call.Emit("charge.succeeded", charge);
        call.Emit("payment_intent.succeeded", pi);
    }

    public static void Fail(ApiCall call, JsonObject pi, JsonObject pm, CardDecline decline, bool recordCharge)
    {
        string? chargeId = null;
        if (recordCharge)
        {
            var charge = NewCharge(call, pi, pm, succeeded: false, decline);
            chargeId = (string)charge["id"]!;
            pi["latest_charge"] = chargeId;
            call.Emit("charge.failed", charge);
        }
        pi["status"] = "requires_payment_method";
        pi["next_action"] = null;
        var error = StripeErrors.Error("card_error", decline.Message, decline.Code, decline.DeclineCode);
        if (chargeId is not null) error["charge"] = chargeId;
        error["payment_method"] = Render.Public(pm);
        pi["last_payment_error"] = error;
        call.Save(pi);
        call.Emit("payment_intent.payment_failed", pi);
    }

    /// <summary>The 402 a failed confirmation answers, with the PaymentIntent inside like Stripe's.</summary>
    public static ApiResponse CardError(JsonObject pi, CardDecline decline)
    {
        var body = StripeErrors.Body("card_error", decline.Message, decline.Code, decline.DeclineCode,
            paymentIntent: Render.Public(pi));
        var error = (JsonObject)body["error"]!;
        if ((string?)pi["latest_charge"] is { } charge) error["charge"] = charge;
        return new ApiResponse(402, body);
    }

    private static JsonObject NewCharge(ApiCall call, JsonObject pi, JsonObject pm, bool succeeded, CardDecline? decline)
    {
        var charge = call.NewObject("charge", "ch");
        var amount = (long)pi["amount"]!;
        charge["amount"] = amount;
        charge["amount_captured"] = succeeded ? amount : 0;
        charge["amount_refunded"] = 0;
        charge["captured"] = succeeded;
        charge["currency"] = (string)pi["currency"]!;
        charge["customer"] = pi["customer"]?.DeepClone();
        charge["description"] = pi["description"]?.DeepClone();
        charge["failure_code"] = decline?.Code;
        charge["failure_message"] = decline?.Message;
        charge["metadata"] = pi["metadata"]?.DeepClone() ?? new JsonObject();
        charge["outcome"] = new JsonObject
        {
            ["network_status"] = succeeded ? "approved_by_network" : "declined_by_network",
            ["reason"] = decline?.DeclineCode,
            ["risk_level"] = "normal",
            ["seller_message"] = succeeded ? "Payment complete." : "The bank did not return any further details with this decline.",
            ["type"] = succeeded ? "authorized" : "issuer_declined",
        };
        charge["paid"] = succeeded;
        charge["payment_intent"] = (string)pi["id"]!;
        charge["payment_method"] = (string)pm["id"]!;
        charge["payment_method_details"] = new JsonObject { ["type"] = "card", ["card"] = pm["card"]!.DeepClone() };
        charge["refunded"] = false;
        charge["status"] = succeeded ? "succeeded" : "failed";
        return call.Save(charge);
    }
}
