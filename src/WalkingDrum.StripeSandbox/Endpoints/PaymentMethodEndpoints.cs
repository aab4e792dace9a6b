using Microsoft.AspNetCore.Http.HttpResults;
using WalkingDrum.StripeSandbox.Models;
using WalkingDrum.StripeSandbox.Services;

namespace WalkingDrum.StripeSandbox.Endpoints;

/// <summary>/v1/payment_methods and a customer's saved cards.</summary>
internal static class PaymentMethodEndpoints
{
    public static IEndpointRouteBuilder MapPaymentMethodEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v1/payment_methods").WithTags("PaymentMethods");
        group.MapGet("", List).WithName("ListPaymentMethods").WithSummary("Lists a customer's cards (customer is required).");
        group.MapGet("/{id}", Retrieve).WithName("RetrievePaymentMethod").WithSummary("Retrieves a PaymentMethod.");
        group.MapPost("/{id}/attach", Attach).WithName("AttachPaymentMethod").WithSummary("Attaches a card to a customer.");
        group.MapPost("/{id}/detach", Detach).WithName("DetachPaymentMethod").WithSummary("Detaches a card from its customer.");
        endpoints.MapGet("/v1/customers/{customer}/payment_methods", ListForCustomer).WithTags("PaymentMethods")
            .WithName("ListCustomerPaymentMethods").WithSummary("Lists a customer's cards.");
        return endpoints;
    }

    private static Task<ContentHttpResult> Retrieve(HttpContext http, SandboxApi api, string id) =>
        api.ReadAsync(http, call => Render.Object(call, call.Get("payment_method", id, "PaymentMethod")));

    private static Task<ContentHttpResult> List(HttpContext http, SandboxApi api) =>
        api.ReadAsync(http, call => ListCards(call, Params.Required(call.Form, "customer"), "/v1/payment_methods"));

    private static Task<ContentHttpResult> ListForCustomer(HttpContext http, SandboxApi api, string customer) =>
        api.ReadAsync(http, call => ListCards(call, customer, $"/v1/customers/{customer}/payment_methods"));

    private static System.Text.Json.Nodes.JsonObject ListCards(ApiCall call, string customer, string url)
    {
        call.Get("customer", customer, "customer", "customer");
        var type = call.Form.GetNonEmpty("type") ?? "card";
        var query = Params.Page(call.Form, "payment_method", new FieldFilter("$.customer", "=", customer), new FieldFilter("$.type", "=", type));
        return Render.List(call, url, call.Store.List(call.Account, query));
    }

    private static Task<ContentHttpResult> Attach(HttpContext http, SandboxApi api, string id) => api.WriteAsync(http, call =>
    {
        var customer = Params.Required(call.Form, "customer");
        call.Get("customer", customer, "customer", "customer");
        var pm = Cards.Resolve(call, id, "payment_method");
        if ((string?)pm["customer"] is { } owner && owner != customer)
        {
            throw StripeApiException.Invalid("The payment method you provided has already been attached to a customer.",
                code: "payment_method_unexpected_state");
        }
        if (TestCards.ImmediateDecline(Cards.Behavior(pm)) is { } decline)
        {
            throw new StripeApiException(402, "card_error", decline.Message, code: decline.Code);
        }
        Cards.Attach(call, pm, customer);
        return ApiResponse.Ok(Render.Object(call, pm));
    });

    private static Task<ContentHttpResult> Detach(HttpContext http, SandboxApi api, string id) => api.WriteAsync(http, call =>
    {
        var pm = call.Get("payment_method", id, "PaymentMethod");
        if (pm["customer"] is null)
        {
            throw StripeApiException.Invalid("The payment method you provided is not attached to a customer so detachment is impossible.",
                code: "payment_method_unexpected_state");
        }
        pm["customer"] = null;
        call.Save(pm);
        call.Emit("payment_method.detached", pm);
        return ApiResponse.Ok(Render.Object(call, pm));
    });
}
