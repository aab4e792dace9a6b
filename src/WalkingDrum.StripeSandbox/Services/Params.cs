using System.Globalization;
using System.Text.Json.Nodes;
using WalkingDrum.StripeSandbox.Models;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>Reads request parameters with Stripe's validation messages.</summary>
internal static class Params
{
    public static string Required(FormTree form, string name, string? param = null) =>
        form.GetNonEmpty(name) ?? throw StripeApiException.Missing(param ?? name);

    public static long? Integer(FormTree form, string name, string? param = null)
    {
        var text = form.GetNonEmpty(name);
        if (text is null)
        {
            return null;
        }
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw StripeApiException.Invalid($"Invalid integer: {text}", param ?? name);
    }

    public static bool Boolean(FormTree form, string name) =>
        string.Equals(form.Get(name), "true", StringComparison.OrdinalIgnoreCase);

    public static string Currency(FormTree form, string name, string? param = null)
    {
        var currency = Required(form, name, param).ToLowerInvariant();
        return currency.Length == 3 && currency.All(char.IsAsciiLetterLower)
            ? currency
            : throw StripeApiException.Invalid($"Invalid currency: {currency}.", param ?? name);
    }

    public static long PositiveAmount(FormTree form, string name, string? param = null)
    {
        var amount = Integer(form, name, param) ?? throw StripeApiException.Missing(param ?? name);
        return amount >= 1 ? amount : throw StripeApiException.Invalid("This value must be greater than or equal to 1.", param ?? name);
    }

    public static int Limit(FormTree form)
    {
        var limit = Integer(form, "limit") ?? 10;
        return limit is >= 1 and <= 100
            ? (int)limit
            : throw StripeApiException.Invalid("This value must be less than or equal to 100 and greater than or equal to 1.", "limit");
    }

    /// <summary>Applies <c>metadata[key]=value</c>; an empty value removes the key, as in Stripe.</summary>
    public static JsonObject Metadata(FormTree form, JsonObject? existing = null, string name = "metadata")
    {
        var metadata = existing is null ? new JsonObject() : (JsonObject)existing.DeepClone();
        if (form[name] is { } given)
        {
            foreach (var (key, node) in given.Children)
            {
                if (string.IsNullOrEmpty(node.Value))
                {
                    metadata.Remove(key);
                }
                else
                {
                    metadata[key] = node.Value;
                }
            }
        }
        return metadata;
    }

    /// <summary>A list query from <c>limit</c>, <c>starting_after</c> and <c>ending_before</c>.</summary>
    public static ListQuery Page(FormTree form, string type, params FieldFilter[] filters) =>
        new(type, filters, Limit(form), form.GetNonEmpty("starting_after"), form.GetNonEmpty("ending_before"));

    /// <summary>Filters on string fields given as parameters of the same name (<c>customer</c>, <c>email</c>).</summary>
    public static FieldFilter[] Equal(FormTree form, params string[] names) =>
        [.. names.Where(n => form.GetNonEmpty(n) is not null).Select(n => new FieldFilter("$." + n, "=", form.Get(n)!))];

    public static string Money(long amount, string currency) =>
        currency == "usd"
            ? "$" + (amount / 100m).ToString("0.00", CultureInfo.InvariantCulture)
            : (amount / 100m).ToString("0.00", CultureInfo.InvariantCulture) + " " + currency.ToUpperInvariant();
}
