using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Testing;

namespace WalkingDrum.Commerce.Tests.Fixtures;

/// <summary>The shipping admin's form fields, and the rates a shop stored.</summary>
public static class ShippingSettings
{
    public static List<KeyValuePair<string, string>> RateFields(string name, string price, string freeOver = "", string countries = "") =>
        [new("Rate.Name", name), new("Rate.Price", price), new("Rate.FreeOver", freeOver), new("Rate.Countries", countries)];

    public static List<KeyValuePair<string, string>> TaxFields(string country, string name, string percent, bool shipping = false)
    {
        List<KeyValuePair<string, string>> fields = [new("Tax.Country", country), new("Tax.Name", name), new("Tax.Percent", percent)];
        if (shipping)
        {
            fields.Add(new("Tax.AppliesToShipping", "true"));
        }

        fields.Add(new("Tax.AppliesToShipping", "false"));
        return fields;
    }

    public static Task<List<ShippingRate>> RatesAsync(WalkingDrumApp app, TestShop shop) =>
        app.InShopAsync(shop.Tenant, db => db.Set<ShippingRate>().AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync());

    public static Task<List<TaxRate>> TaxesAsync(WalkingDrumApp app, TestShop shop) =>
        app.InShopAsync(shop.Tenant, db => db.Set<TaxRate>().AsNoTracking().OrderBy(t => t.CountryCode).ToListAsync());

    /// <summary>Every stored value of the shop's rates on one line each, for "nothing changed" checks.</summary>
    public static async Task<string> SnapshotAsync(WalkingDrumApp app, TestShop shop) =>
        string.Join("\n", (await RatesAsync(app, shop)).Select(r => $"{r.Id}|{r.Name}|{r.Price}|{r.FreeOver}|{r.Countries}|{r.Position}")
            .Concat((await TaxesAsync(app, shop)).Select(t => $"{t.Id}|{t.CountryCode}|{t.Name}|{t.BasisPoints}|{t.AppliesToShipping}")));
}
