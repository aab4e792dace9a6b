using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services.Orders;

/// <summary>The refund form's input checks, made before the processor is asked anything.</summary>
public sealed partial class OrderRefunds
{
    private static Amount? CheckAmount(Order order, string? text, CatalogErrors errors)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            errors.Add(AmountField, "Enter the amount to refund, e.g. 12.50.");
            return null;
        }

        if (value.StartsWith('-'))
        {
            errors.Add(AmountField, "Enter an amount above zero.");
            return null;
        }

        var (amount, error) = MoneyText.Parse(value, order.Currency);
        if (error is not null || amount is null)
        {
            errors.Add(AmountField, error ?? "Enter an amount such as 12.50.");
            return null;
        }

        if (amount.Value.MinorUnits == 0)
        {
            errors.Add(AmountField, "Enter an amount above zero.");
            return null;
        }

        if (amount.Value > order.Refundable)
        {
            errors.Add(AmountField, order.Refundable.MinorUnits <= 0
                ? "Nothing is left to refund on this order."
                : $"At most {order.Refundable.ToDisplayString()} is left to refund on this order.");
            return null;
        }

        return amount;
    }

    private static string? CheckReason(string? text, CatalogErrors errors)
    {
        var reason = text?.Trim() ?? "";
        if (reason.Length > MaxReasonLength)
        {
            errors.Add(ReasonField, $"Keep the reason to {MaxReasonLength} characters.");
        }

        return reason.Length == 0 ? null : reason;
    }
}
