using Microsoft.AspNetCore.Mvc.ModelBinding;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;

namespace WalkingDrum.Commerce.Pages.Admin.Shipping;

/// <summary>What the shipping pages show about rates, and how they put a service's errors next to fields.</summary>
public static class ShippingText
{
    private const int CountriesNamed = 6;

    /// <summary>"Every country", or the countries' names ("France, Germany and 3 more").</summary>
    public static string ShipsTo(ShippingRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var codes = rate.CountryCodes;
        if (codes.Count == 0)
        {
            return "Every country";
        }

        var named = string.Join(", ", codes.Take(CountriesNamed).Select(Countries.Name));
        return codes.Count > CountriesNamed ? $"{named} and {codes.Count - CountriesNamed} more" : named;
    }

    /// <summary>"Free" for a zero price, else the price as shoppers see it.</summary>
    public static string Price(ShippingRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return rate.Price.MinorUnits == 0 ? "Free" : rate.Price.ToDisplayString();
    }

    public static void ShowErrors(ModelStateDictionary state, string prefix, CatalogErrors errors)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, messages) in errors.ByField)
        {
            foreach (var message in messages)
            {
                state.AddModelError(prefix + "." + field, message);
            }
        }
    }
}
