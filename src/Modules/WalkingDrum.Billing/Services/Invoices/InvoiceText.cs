using System.Globalization;
using WalkingDrum.Billing.Models;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Services.Invoices;

/// <summary>How invoices read to merchants and customers: status labels and dates.</summary>
public static class InvoiceText
{
    public static string Label(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Open => "Open",
        InvoiceStatus.Paid => "Paid",
        InvoiceStatus.Void => "Void",
        InvoiceStatus.Uncollectible => "Uncollectible",
        _ => status.ToString(),
    };

    public static string Label(PaymentState outcome) => outcome switch
    {
        PaymentState.Succeeded => "Paid",
        PaymentState.RequiresAction => "Needs the customer to confirm with their bank",
        PaymentState.Failed => "Declined",
        PaymentState.Pending => "Processing",
        _ => outcome.ToString(),
    };

    /// <summary>A day as printed on the document, in UTC (the invoice's own dates are UTC).</summary>
    public static string Day(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Moment(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A service period, e.g. "1 March 2026 – 1 April 2026"; empty without one.</summary>
    public static string Period(DateTimeOffset? start, DateTimeOffset? end) =>
        (start, end) is ({ } from, { } to) ? $"{Day(from)} – {Day(to)}" : "";
}
