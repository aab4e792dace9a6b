using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>
/// The storefront cart: its page, the header's count, and the forms that change it. Plain forms
/// post and are redirected back to the cart; htmx requests get the fragment they swap. None of it
/// is output-cached: it differs per shopper.
/// </summary>
public static class CartEndpoints
{
    /// <summary>The form field naming how a line is bought: a purchase option's key, or empty for once.</summary>
    public const string PurchaseOptionField = "purchase_option";

    public static IEndpointRouteBuilder MapCartEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var cart = endpoints.MapGroup("/cart").WithTags("Storefront").ExcludeFromDescription();
        cart.MapMethods("/", StorefrontRoutes.GetAndHead, PageAsync)
            .WithName("StorefrontCart")
            .WithSummary("The shopper's cart with its lines, coupon and totals.");
        cart.MapGet("/count", CountAsync)
            .WithName("StorefrontCartCount")
            .WithSummary("The header's item count, loaded by htmx so cached pages never carry it.");
        cart.MapPost("/add", AddAsync).WithName("StorefrontCartAdd").WithSummary("Adds units of a variant, bought once or with a purchase option.");
        cart.MapPost("/update", (HttpContext http, CartService carts, CartPage page) =>
            ChangeAsync(http, page, "updated", form => carts.UpdateAsync(form["variant"], form["quantity"], form[PurchaseOptionField], http.RequestAborted)))
            .WithName("StorefrontCartUpdate").WithSummary("Sets a line's quantity.");
        cart.MapPost("/remove", (HttpContext http, CartService carts, CartPage page) =>
            ChangeAsync(http, page, "removed", form => carts.RemoveAsync(form["variant"], form[PurchaseOptionField], http.RequestAborted)))
            .WithName("StorefrontCartRemove").WithSummary("Removes a line.");
        cart.MapPost("/coupon", (HttpContext http, CartService carts, CartPage page) =>
            ChangeAsync(http, page, "coupon", form => carts.ApplyCouponAsync(form["code"], http.RequestAborted)))
            .WithName("StorefrontCartCoupon").WithSummary("Applies a discount code.");
        cart.MapPost("/coupon/remove", (HttpContext http, CartService carts, CartPage page) =>
            ChangeAsync(http, page, "coupon-removed", _ => carts.RemoveCouponAsync(http.RequestAborted)))
            .WithName("StorefrontCartCouponRemove").WithSummary("Removes the discount code.");
        return endpoints;
    }

    private static async Task<IResult> PageAsync(string? done, string? added, HttpContext http, CartPage page)
    {
        CartPage.NoStore(http);
        return await page.RenderAsync(CartPage.Notice(done), null, null, StatusCodes.Status200OK, added);
    }

    private static async Task<IResult> CountAsync(HttpContext http, CartService carts, IAntiforgery antiforgery)
    {
        CartPage.NoStore(http);
        var count = await carts.CountAsync(http.RequestAborted);
        // The token rides along out of band for the cached product page's htmx form (hx-include="#cart-token").
        var token = antiforgery.GetAndStoreTokens(http).RequestToken ?? "";
        var label = count == 1 ? "item" : "items";
        return TypedResults.Content(
            $"<span class=\"cart-count\">{count}</span><span class=\"visually-hidden\"> {label} in your cart</span>"
            + $"<input name=\"{CartPage.TokenField}\" type=\"hidden\" value=\"{System.Net.WebUtility.HtmlEncode(token)}\" id=\"cart-token\" hx-swap-oob=\"true\">",
            "text/html; charset=utf-8");
    }

    private static async Task<IResult> AddAsync(HttpContext http, CartService carts, CartPage page)
    {
        CartPage.NoStore(http);
        var (form, error, trusted) = await CartPage.ReadFormAsync(http);
        if (form is null)
        {
            return await page.RefuseAsync(error!);
        }

        if (!trusted)
        {
            // The product page is cached for every shopper, so its plain form carries no token:
            // the shopper confirms once on this uncached page, whose form does.
            var option = form[PurchaseOptionField].ToString().Trim();
            var (title, quantity, problem) = await carts.DescribeAdditionAsync(form["variant"], form["quantity"], option, http.RequestAborted);
            return title is null
                ? await page.RefuseAsync(problem!)
                : await page.ConfirmAsync(new(form["variant"].ToString().Trim(), title, quantity, option));
        }

        var outcome = await carts.AddAsync(form["variant"], form["quantity"], form[PurchaseOptionField], http.RequestAborted);
        if (CartPage.WantsFragment(http))
        {
            return page.Fragment(outcome);
        }

        return outcome.Succeeded
            ? TypedResults.Redirect($"{http.Request.PathBase}/cart?added={Uri.EscapeDataString(form["variant"].ToString().Trim())}")
            : await page.RefuseAsync(outcome.Message);
    }

    private static async Task<IResult> ChangeAsync(HttpContext http, CartPage page, string done, Func<IFormCollection, Task<CartOutcome>> change)
    {
        CartPage.NoStore(http);
        var (form, error, trusted) = await CartPage.ReadFormAsync(http);
        if (form is null || !trusted)
        {
            return await page.RefuseAsync(error ?? CartPage.Expired);
        }

        var outcome = await change(form);
        return outcome.Succeeded
            ? TypedResults.Redirect($"{http.Request.PathBase}/cart?done={done}")
            : await page.RefuseAsync(outcome.Message);
    }
}
