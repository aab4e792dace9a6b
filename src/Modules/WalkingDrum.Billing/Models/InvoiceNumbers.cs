using System.Globalization;

namespace WalkingDrum.Billing.Models;

/// <summary>How invoice and credit-note numbers are written and read back (<c>INV-000042</c>, <c>CN-000007</c>).</summary>
public static class InvoiceNumbers
{
    /// <summary>The shop sequence invoices are numbered from.</summary>
    public const string InvoiceSequence = "invoice";

    /// <summary>The shop sequence credit notes are numbered from.</summary>
    public const string CreditNoteSequence = "credit-note";

    private const string InvoicePrefix = "INV-";
    private const string CreditNotePrefix = "CN-";

    public static string Invoice(long number) => InvoicePrefix + number.ToString("D6", CultureInfo.InvariantCulture);

    public static string CreditNote(long number) => CreditNotePrefix + number.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The number in <c>INV-000042</c>, <c>inv-42</c> or <c>42</c>; <see langword="null"/> when it is none.</summary>
    public static long? ParseInvoice(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.StartsWith(InvoicePrefix, StringComparison.OrdinalIgnoreCase))
        {
            value = value[InvoicePrefix.Length..];
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
    }
}
