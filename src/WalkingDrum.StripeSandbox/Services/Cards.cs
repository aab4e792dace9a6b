using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using WalkingDrum.StripeSandbox.Models;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>Card PaymentMethods: made from a hosted-page card or from Stripe's test tokens (<c>pm_card_visa</c>).</summary>
internal static class Cards
{
    private const string BehaviorField = "_behavior";

    private static readonly Dictionary<string, string> Tokens = new(StringComparer.Ordinal)
    {
        ["pm_card_visa"] = "4242424242424242",
        ["pm_card_mastercard"] = "5555555555554444",
        ["pm_card_chargeDeclined"] = "4000000000000002",
        ["pm_card_chargeDeclinedExpiredCard"] = "4000000000000069",
        ["pm_card_chargeDeclinedIncorrectCvc"] = "4000000000000127",
        ["pm_card_chargeDeclinedProcessingError"] = "4000000000000119",
        ["pm_card_chargeCustomerFail"] = "4000000000000341",
        ["pm_card_authenticationRequired"] = "4000002760003184",
    };

    public static JsonObject Create(ApiCall call, string digits, int expMonth, int expYear, string? name, string? email)
    {
        var behavior = TestCards.Lookup(digits) ?? CardBehavior.Declines;
        var pm = call.NewObject("payment_method", "pm");
        pm["type"] = "card";
        pm["billing_details"] = new JsonObject
        {
            ["address"] = null, ["email"] = email, ["name"] = name, ["phone"] = null,
        };
        pm["card"] = new JsonObject
        {
            ["brand"] = TestCards.Brand(digits),
            ["country"] = "US",
            ["exp_month"] = expMonth,
            ["exp_year"] = expYear,
            ["fingerprint"] = Fingerprint(call.Account, digits),
            ["funding"] = "credit",
            ["last4"] = digits[^4..],
            ["checks"] = new JsonObject { ["address_line1_check"] = null, ["address_postal_code_check"] = null, ["cvc_check"] = "pass" },
        };
        pm["customer"] = null;
        pm["metadata"] = new JsonObject();
        pm[BehaviorField] = behavior.ToString();
        return call.Save(pm);
    }

    /// <summary>A stored PaymentMethod, or a fresh one for a test token, as Stripe accepts tokens wherever an id goes.</summary>
    public static JsonObject Resolve(ApiCall call, string id, string param = "payment_method")
    {
        if (Tokens.TryGetValue(id, out var digits))
        {
            var year = DateTimeOffset.FromUnixTimeSeconds(call.Now).Year + 3;
            return Create(call, digits, 12, year, null, null);
        }
        return call.Get("payment_method", id, "PaymentMethod", param);
    }

    public static CardBehavior Behavior(JsonObject paymentMethod) =>
        Enum.Parse<CardBehavior>((string?)paymentMethod[BehaviorField] ?? nameof(CardBehavior.Succeeds));

    public static void Attach(ApiCall call, JsonObject paymentMethod, string customerId)
    {
        if ((string?)paymentMethod["customer"] == customerId)
        {
            return;
        }
        paymentMethod["customer"] = customerId;
        call.Save(paymentMethod);
        call.Emit("payment_method.attached", paymentMethod);
    }

    private static string Fingerprint(string account, string digits)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(account + ":" + digits));
        return Convert.ToBase64String(hash)[..16].Replace('+', 'x').Replace('/', 'y');
    }
}
