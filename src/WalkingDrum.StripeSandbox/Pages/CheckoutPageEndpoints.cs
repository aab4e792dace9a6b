using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WalkingDrum.StripeSandbox.Models;
using WalkingDrum.StripeSandbox.Services;

namespace WalkingDrum.StripeSandbox.Pages;

/// <summary>The hosted checkout page at {base}/checkout/{sessionId}, with its 3-D Secure step.</summary>
internal static class CheckoutPageEndpoints
{
    public static IEndpointRouteBuilder MapCheckoutPageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/checkout/{id}").WithTags("Hosted pages").ExcludeFromDescription();
        group.MapGet("", Show).WithName("CheckoutPage");
        group.MapPost("", Submit).WithName("SubmitCheckoutPage");
        group.MapPost("/authenticate", Authenticate).WithName("AuthenticateCheckoutPage");
        return endpoints;
    }

    private static async Task<ContentHttpResult> Show(HttpContext http, HostedPages pages, string id) =>
        (await pages.RunAsync(http, id, "checkout.session", (call, session) =>
            CheckoutSessions.RefreshOpen(call, session)
                ? PageOutcome.Page(CheckoutPage.Render(session, CardInput.Empty((string?)session["customer_email"]), null))
                : Closed(session))).ToResult(http);

    private static async Task<ContentHttpResult> Submit(HttpContext http, HostedPages pages, string id)
    {
        var input = CardInput.Read(await HostedPages.ReadFormAsync(http.Request));
        var outcome = await pages.RunAsync(http, id, "checkout.session", (call, session) =>
        {
            if (!CheckoutSessions.RefreshOpen(call, session))
            {
                return Closed(session);
            }
            if (!input.Validate(CheckoutPage.NeedsEmail(session), pages.Sandbox.Clock.GetUtcNow()))
            {
                return PageOutcome.Page(CheckoutPage.Render(session, input, "Check the highlighted fields."), 400);
            }
            if (TestCards.Lookup(input.Digits) is null)
            {
                return PageOutcome.Page(CheckoutPage.Render(session, input,
                    "Your card was declined. Your request was in test mode, but used a non test card. For a list of valid test cards, visit: https://stripe.com/docs/testing."), 402);
            }
            return Pay(call, session, input);
        });
        return outcome.ToResult(http);
    }

    private static PageOutcome Pay(ApiCall call, JsonObject session, CardInput input)
    {
        var email = (string?)session["customer_email"] ?? NullIfEmpty(input.Email);
        var customer = EnsureCustomer(call, session, email, input.Name);
        var pm = Cards.Create(call, input.Digits, input.ExpMonth, input.ExpYear, input.Name, email);
        var isPayment = (string?)session["mode"] == "payment";
        var (result, decline) = isPayment
            ? Payments.Attempt(call, PaymentIntentFor(call, session, customer), pm, offSession: false, returnUrl: null)
            : SetupIntents.Attempt(call, SetupIntentFor(call, session, customer), pm, returnUrl: null);
        call.Save(session);
        return result switch
        {
            AttemptResult.Succeeded => Finish(call, session, email, input.Name),
            AttemptResult.RequiresAction => AuthenticationStep(session),
            _ => PageOutcome.Page(CheckoutPage.Render(session, input, decline!.Message), 402),
        };
    }

    private static async Task<ContentHttpResult> Authenticate(HttpContext http, HostedPages pages, string id)
    {
        var completed = (await HostedPages.ReadFormAsync(http.Request))["outcome"] == "complete";
        return (await pages.RunAsync(http, id, "checkout.session", (call, session) =>
        {
            if (!CheckoutSessions.RefreshOpen(call, session))
            {
                return Closed(session);
            }
            var intentId = (string?)session["payment_intent"] ?? (string?)session["setup_intent"];
            var intent = intentId is null ? null : call.Find(intentId);
            if (intent is null || (string?)intent["status"] != "requires_action")
            {
                return PageOutcome.SeeOther($"/checkout/{session["id"]}");
            }
            if (!Authentication.Finish(call, intent, completed))
            {
                var retry = CardInput.Empty((string?)session["customer_email"]);
                return PageOutcome.Page(CheckoutPage.Render(session, retry, TestCards.AuthenticationFailed.Message), 402);
            }
            var pm = call.Find((string)intent["payment_method"]!);
            return Finish(call, session, (string?)pm?["billing_details"]?["email"], (string?)pm?["billing_details"]?["name"]);
        })).ToResult(http);
    }

    private static PageOutcome Finish(ApiCall call, JsonObject session, string? email, string? name)
    {
        CheckoutSessions.Complete(call, session, (string?)session["customer"], email, name);
        return PageOutcome.SeeOther((string)session["success_url"]!);
    }

    private static PageOutcome AuthenticationStep(JsonObject session)
    {
        var amount = (string?)session["mode"] == "payment"
            ? Params.Money((long)session["amount_total"]!, (string)session["currency"]!)
            : "0.00 (card setup)";
        return PageOutcome.Page(Html.AuthenticationStep($"/checkout/{session["id"]}/authenticate", amount));
    }

    private static PageOutcome Closed(JsonObject session) => (string?)session["status"] == "complete"
        ? PageOutcome.Page(Html.Message("Already paid", "This checkout is complete; nothing more is charged.",
            (string?)session["success_url"], "Continue"))
        : PageOutcome.Page(Html.Message("Checkout expired", "This checkout session has expired. Return to the shop and start again.",
            (string?)session["cancel_url"], "Return to the shop"), 410);

    private static string? EnsureCustomer(ApiCall call, JsonObject session, string? email, string name)
    {
        if ((string?)session["customer"] is { } existing)
        {
            return existing;
        }
        var wanted = (string?)session["customer_creation"] == "always"
            || session["_payment_intent_data"]?["setup_future_usage"] is not null;
        if (!wanted)
        {
            return null;
        }
        var customer = call.NewObject("customer", "cus");
        customer["email"] = email;
        customer["name"] = name;
        customer["description"] = null;
        customer["phone"] = null;
        customer["invoice_settings"] = new JsonObject { ["default_payment_method"] = null };
        customer["metadata"] = new JsonObject();
        call.Save(customer);
        call.Emit("customer.created", customer);
        session["customer"] = (string)customer["id"]!;
        return (string)customer["id"]!;
    }

    private static JsonObject PaymentIntentFor(ApiCall call, JsonObject session, string? customer)
    {
        if ((string?)session["payment_intent"] is { } existing && call.Find(existing) is { } earlier)
        {
            earlier["customer"] = customer;
            return earlier;
        }
        var pi = Payments.NewIntent(call, (long)session["amount_total"]!, (string)session["currency"]!);
        var data = session["_payment_intent_data"] as JsonObject;
        pi["customer"] = customer;
        pi["description"] = data?["description"]?.DeepClone();
        pi["metadata"] = data?["metadata"]?.DeepClone() ?? new JsonObject();
        pi["setup_future_usage"] = data?["setup_future_usage"]?.DeepClone();
        session["payment_intent"] = (string)pi["id"]!;
        call.Save(pi);
        call.Emit("payment_intent.created", pi);
        return pi;
    }

    private static JsonObject SetupIntentFor(ApiCall call, JsonObject session, string? customer)
    {
        if ((string?)session["setup_intent"] is { } existing && call.Find(existing) is { } earlier)
        {
            return earlier;
        }
        var si = SetupIntents.NewIntent(call, customer);
        var data = session["_setup_intent_data"] as JsonObject;
        si["description"] = data?["description"]?.DeepClone();
        si["metadata"] = data?["metadata"]?.DeepClone() ?? new JsonObject();
        session["setup_intent"] = (string)si["id"]!;
        call.Save(si);
        call.Emit("setup_intent.created", si);
        return si;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
