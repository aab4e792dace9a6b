using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using WalkingDrum.Commerce.Services.Checkout;
using WalkingDrum.Commerce.Services.Orders;
using WalkingDrum.Commerce.ViewModels;
using WalkingDrum.Theme.Models;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>Renders the checkout form (with what the shopper entered and what is wrong) and the order page.</summary>
internal sealed class CheckoutPage(Storefront storefront, CheckoutService checkout, IAntiforgery antiforgery, IHttpContextAccessor accessor)
{
    private HttpContext Http => accessor.HttpContext!;

    /// <summary>The posted form as a <see cref="CheckoutInput"/>.</summary>
    public static CheckoutInput Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new CheckoutInput
        {
            Email = form[CheckoutFields.Email],
            CreateAccount = form[CheckoutFields.CreateAccount],
            Password = form[CheckoutFields.Password],
            Name = form[CheckoutFields.Name],
            Line1 = form[CheckoutFields.Line1],
            Line2 = form[CheckoutFields.Line2],
            City = form[CheckoutFields.City],
            Region = form[CheckoutFields.Region],
            PostalCode = form[CheckoutFields.PostalCode],
            Country = form[CheckoutFields.Country],
            ShippingRate = form[CheckoutFields.ShippingRate],
        };
    }

    /// <summary>The form for <paramref name="input"/>'s country and rate, read afresh.</summary>
    public async Task<IResult> RenderAsync(CheckoutInput input, IReadOnlyDictionary<string, string>? errors, string? problem, int status)
    {
        ArgumentNullException.ThrowIfNull(input);
        var preview = await checkout.PreviewAsync(input.Country, input.ShippingRate, Http.RequestAborted);
        return await RenderAsync(input, preview, errors, problem, status);
    }

    /// <summary>The form from a <paramref name="preview"/> already read (a submission that did not go through).</summary>
    public async Task<IResult> RenderAsync(
        CheckoutInput input, CheckoutPreview preview, IReadOnlyDictionary<string, string>? errors, string? problem, int status)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(preview);
        if (preview.Cart.IsEmpty && problem is null)
        {
            return TypedResults.Redirect($"{Http.Request.PathBase}/cart");
        }

        var drop = new CheckoutPageDrop(
            CartPageDrop.From(preview.Cart, "", null, null, null).Lines,
            preview.Cart.Coupon is { Problem: null } coupon ? coupon.Code : null,
            CheckoutSummaryDrop.From(preview),
            [.. preview.Countries.Select(c => new CountryOptionDrop(c.Code, c.Name, c.Code == preview.Country))],
            Values(input),
            errors ?? new Dictionary<string, string>(),
            problem,
            preview.Cart.Messages,
            Http.User.Identity?.IsAuthenticated == true,
            antiforgery.GetAndStoreTokens(Http).RequestToken ?? "");
        return await storefront.RenderAsync(
            new StorefrontPage("checkout", "Checkout", new Dictionary<string, object?> { ["checkout"] = drop }) { StatusCode = status },
            Http.RequestAborted);
    }

    public Task<IResult> RenderOrderAsync(CheckoutReturn found, string selfUrl)
    {
        ArgumentNullException.ThrowIfNull(found);
        var values = new Dictionary<string, object?>();
        if (found.Order is { } order)
        {
            values["order"] = OrderPageDrop.From(order);
        }
        else
        {
            values["pending"] = new PendingOrderDrop(selfUrl, found.Problem ?? "We’re confirming your payment. This takes a few seconds.");
        }

        var title = found.Order is null ? "Confirming your payment" : $"Order #{found.Order.Number}";
        return storefront.RenderAsync(new StorefrontPage("order", title, values), Http.RequestAborted);
    }

    // The password is never sent back to the page.
    private static Dictionary<string, string> Values(CheckoutInput input) => new()
    {
        [CheckoutFields.Email] = input.Email ?? "",
        [CheckoutFields.CreateAccount] = input.WantsAccount ? "on" : "",
        [CheckoutFields.Name] = input.Name ?? "",
        [CheckoutFields.Line1] = input.Line1 ?? "",
        [CheckoutFields.Line2] = input.Line2 ?? "",
        [CheckoutFields.City] = input.City ?? "",
        [CheckoutFields.Region] = input.Region ?? "",
        [CheckoutFields.PostalCode] = input.PostalCode ?? "",
        [CheckoutFields.Country] = input.Country ?? "",
    };
}
