using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Commerce.Services.Checkout;
using WalkingDrum.Commerce.Services.Orders;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>
/// The storefront checkout: the form (email, account, address, shipping) with its totals, the
/// hand-over to the hosted payment page, and the page the shopper returns to. Nothing here is
/// cached: every response is the shopper's own.
/// </summary>
public static class CheckoutEndpoints
{
    public static IEndpointRouteBuilder MapCheckoutEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var checkout = endpoints.MapGroup("/checkout").WithTags("Storefront").ExcludeFromDescription();
        checkout.MapMethods("/", StorefrontRoutes.GetAndHead, PageAsync)
            .WithName("StorefrontCheckout")
            .WithSummary("The checkout form for the shopper's cart.");
        checkout.MapPost("/", SubmitAsync)
            .WithName("StorefrontCheckoutSubmit")
            .WithSummary("Re-prices the checkout (intent=quote) or opens the hosted payment page.");
        checkout.MapMethods("/complete", StorefrontRoutes.GetAndHead, CompleteAsync)
            .WithName("StorefrontCheckoutComplete")
            .WithSummary("The order of a paid checkout session, or a wait while the payment is confirmed.");
        return endpoints;
    }

    private static async Task<IResult> PageAsync(string? country, HttpContext http, CheckoutPage page)
    {
        CartPage.NoStore(http);
        return await page.RenderAsync(new CheckoutInput { Country = country, Email = SignedInEmail(http) }, null, null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, CheckoutService checkout, CheckoutPage page)
    {
        CartPage.NoStore(http);
        var (form, error, trusted) = await CartPage.ReadFormAsync(http);
        if (form is null || !trusted)
        {
            return await page.RenderAsync(new CheckoutInput { Email = SignedInEmail(http) }, null, error ?? CartPage.Expired, StatusCodes.Status400BadRequest);
        }

        var input = CheckoutPage.Read(form);
        if (form["intent"] == "quote")
        {
            return await page.RenderAsync(input, null, null, StatusCodes.Status200OK);
        }

        var started = await checkout.StartAsync(input, CartCookie.UserId(http), StorefrontRoot(http), http.RequestAborted);
        return started.PaymentUrl is { } url
            ? TypedResults.Redirect(url.ToString())
            : await page.RenderAsync(input, started.Preview, started.Errors, started.Problem, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> CompleteAsync(string? session_id, HttpContext http, CheckoutReturns returns, CheckoutPage page, Storefront storefront)
    {
        CartPage.NoStore(http);
        if (string.IsNullOrWhiteSpace(session_id) || session_id.Length > 255)
        {
            return await storefront.NotFoundAsync(http.RequestAborted);
        }

        var found = await returns.FindAsync(session_id, http.RequestAborted);
        return found.Known
            ? await page.RenderOrderAsync(found, $"{http.Request.PathBase}/{CheckoutPaths.Complete(session_id)}")
            : await storefront.NotFoundAsync(http.RequestAborted);
    }

    // The shop's root as this shopper reached it, ending in a slash: return addresses and email links start here.
    private static string StorefrontRoot(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/";

    private static string? SignedInEmail(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.Email) ?? http.User.Identity.Name : null;
}
