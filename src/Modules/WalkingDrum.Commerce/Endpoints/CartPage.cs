using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Commerce.ViewModels;
using WalkingDrum.Theme.Models;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>Renders the cart page (with what just happened) and reads the cart's forms safely.</summary>
internal sealed class CartPage(Storefront storefront, CartService carts, IAntiforgery antiforgery, IHttpContextAccessor accessor)
{
    public const string TokenField = "__RequestVerificationToken";
    public const string Expired = "This page was open too long for us to trust the change. Nothing was changed; please try again.";

    private HttpContext Http => accessor.HttpContext!;

    /// <summary>The element of the product page that htmx puts the add-to-cart outcome in.</summary>
    public const string StatusTarget = "add-to-cart-status";

    public static bool IsHtmx(HttpContext http) => http.Request.Headers["HX-Request"] == "true";

    /// <summary>An htmx request from the product page, which swaps a status line rather than the cart.</summary>
    public static bool WantsFragment(HttpContext http) => IsHtmx(http) && http.Request.Headers["HX-Target"] == StatusTarget;

    /// <summary>Per-shopper responses: no shared cache may keep them.</summary>
    public static void NoStore(HttpContext http) => http.Response.Headers[HeaderNames.CacheControl] = "no-store, private";

    public static string? Notice(string? done) => done switch
    {
        "updated" => "Your cart was updated.",
        "removed" => "The item was removed from your cart.",
        "coupon" => "Your code was applied.",
        "coupon-removed" => "Your code was removed.",
        "checkout-canceled" => "Payment canceled: nothing was charged and your cart is as you left it.",
        _ => null,
    };

    /// <summary>The posted form, or why it cannot be read; and whether its anti-forgery token is valid.</summary>
    public static async Task<(IFormCollection? Form, string? Error, bool Trusted)> ReadFormAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
        {
            return (null, "Please use the form on the page.", false);
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return (null, "We couldn’t read that form. Please try again.", false);
        }
        catch (IOException)
        {
            // Includes BadHttpRequestException: a body too large or cut short.
            return (null, "We couldn’t read that form. Please try again.", false);
        }

        var antiforgery = http.RequestServices.GetService(typeof(IAntiforgery)) as IAntiforgery;
        var trusted = antiforgery is not null && await antiforgery.IsRequestValidAsync(http);
        return (form, trusted ? null : Expired, trusted);
    }

    public Task<IResult> RenderAsync(string? notice, string? error, CartConfirmDrop? confirm, int status, string? added = null) =>
        RenderCoreAsync(notice, error, confirm, status, added);

    /// <summary>Why the change was refused: the cart page with 400 for a plain form, with 200 for htmx (which swaps only successes).</summary>
    public Task<IResult> RefuseAsync(string error) =>
        WantsFragment(Http) ? Task.FromResult(Fragment(new CartOutcome(false, error)))
            : RenderCoreAsync(null, error, null, IsHtmx(Http) ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, null);

    public Task<IResult> ConfirmAsync(CartConfirmDrop confirm)
    {
        ArgumentNullException.ThrowIfNull(confirm);
        return WantsFragment(Http)
            ? Task.FromResult(Fragment(new CartOutcome(false, "Please try again: the page was still loading.")))
            : RenderCoreAsync(null, $"Please confirm: add {confirm.Quantity} × {confirm.Title} to your cart?", confirm, StatusCodes.Status400BadRequest, null);
    }

    /// <summary>What htmx puts in the product page's status line; a success also refreshes the header's count.</summary>
    public IResult Fragment(CartOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var message = WebUtility.HtmlEncode(outcome.Message);
        if (!outcome.Succeeded)
        {
            return TypedResults.Content($"<span class=\"cart-error\">{message}</span>", "text/html; charset=utf-8");
        }

        Http.Response.Headers["HX-Trigger"] = "cart-changed";
        return TypedResults.Content($"{message} <a href=\"{WebUtility.HtmlEncode(Http.Request.PathBase)}/cart\">View cart</a>", "text/html; charset=utf-8");
    }

    private async Task<IResult> RenderCoreAsync(string? notice, string? error, CartConfirmDrop? confirm, int status, string? added)
    {
        var cart = await carts.ReadAsync(Http.RequestAborted);
        if (added is not null && cart.Lines.FirstOrDefault(l => string.Equals(l.VariantId.ToString(), added, StringComparison.OrdinalIgnoreCase)) is { } line)
        {
            notice = $"{line.Title} is in your cart.";
        }

        var token = antiforgery.GetAndStoreTokens(Http).RequestToken ?? "";
        // htmx swaps the cart in place; the header's count must follow.
        if (IsHtmx(Http))
        {
            Http.Response.Headers["HX-Trigger"] = "cart-changed";
        }

        var drop = CartPageDrop.From(cart, token, notice, error, confirm);
        return await storefront.RenderAsync(
            new StorefrontPage("cart", "Your cart", new Dictionary<string, object?> { ["cart"] = drop }) { StatusCode = status },
            Http.RequestAborted);
    }
}
