using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WalkingDrum.StripeSandbox.Services;

namespace WalkingDrum.StripeSandbox.Endpoints;

/// <summary>/v1/customers.</summary>
internal static class CustomerEndpoints
{
    private static readonly string[] Fields = ["email", "name", "description", "phone"];

    public static IEndpointRouteBuilder MapCustomerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v1/customers").WithTags("Customers");
        group.MapPost("", Create).WithName("CreateCustomer").WithSummary("Creates a customer.");
        group.MapGet("", List).WithName("ListCustomers").WithSummary("Lists customers, newest first; filter by email.");
        group.MapGet("/{id}", Retrieve).WithName("RetrieveCustomer").WithSummary("Retrieves a customer.");
        group.MapPost("/{id}", Update).WithName("UpdateCustomer").WithSummary("Updates a customer's fields and metadata.");
        return endpoints;
    }

    private static Task<ContentHttpResult> Create(HttpContext http, SandboxApi api) => api.WriteAsync(http, call =>
    {
        var customer = call.NewObject("customer", "cus");
        foreach (var field in Fields)
        {
            customer[field] = call.Form.GetNonEmpty(field);
        }
        customer["invoice_settings"] = new JsonObject { ["default_payment_method"] = null };
        customer["metadata"] = Params.Metadata(call.Form);
        ApplyInvoiceSettings(call, customer);
        call.Save(customer);
        call.Emit("customer.created", customer);
        return Render.Object(call, customer);
    });

    private static Task<ContentHttpResult> Retrieve(HttpContext http, SandboxApi api, string id) =>
        api.ReadAsync(http, call => Render.Object(call, call.Get("customer", id, "customer")));

    private static Task<ContentHttpResult> Update(HttpContext http, SandboxApi api, string id) => api.WriteAsync(http, call =>
    {
        var customer = call.Get("customer", id, "customer");
        foreach (var field in Fields.Where(call.Form.Has))
        {
            customer[field] = call.Form.GetNonEmpty(field);
        }
        customer["metadata"] = Params.Metadata(call.Form, customer["metadata"] as JsonObject);
        ApplyInvoiceSettings(call, customer);
        call.Save(customer);
        call.Emit("customer.updated", customer);
        return Render.Object(call, customer);
    });

    private static Task<ContentHttpResult> List(HttpContext http, SandboxApi api) => api.ReadAsync(http, call =>
        Render.List(call, "/v1/customers", call.Store.List(call.Account, Params.Page(call.Form, "customer", Params.Equal(call.Form, "email")))));

    private static void ApplyInvoiceSettings(ApiCall call, JsonObject customer)
    {
        if (call.Form["invoice_settings"]?.GetNonEmpty("default_payment_method") is { } pm)
        {
            call.Get("payment_method", pm, "PaymentMethod", "invoice_settings[default_payment_method]");
            customer["invoice_settings"] = new JsonObject { ["default_payment_method"] = pm };
        }
    }
}
