using System.ComponentModel.DataAnnotations;

namespace WalkingDrum.Commerce.Services.Cleanup;

/// <summary>Configuration section <c>Commerce:Cleanup</c>: when checkout drafts and carts count as abandoned.</summary>
public sealed class CheckoutCleanupOptions
{
    public const string Section = "Commerce:Cleanup";

    /// <summary>
    /// Drafts without an order are deleted this many days after they were made. Payment pages
    /// expire after a day and a paid event may still arrive days later, so it is never below four.
    /// </summary>
    [Range(4, 3650)]
    public int DraftDays { get; set; } = 7;

    /// <summary>Anonymous carts are deleted this many days after they last changed.</summary>
    [Range(1, 3650)]
    public int AnonymousCartDays { get; set; } = 30;

    /// <summary>Signed-in customers' carts are deleted this many days after they last changed.</summary>
    [Range(1, 3650)]
    public int CustomerCartDays { get; set; } = 90;

    /// <summary>How often each node runs a pass over every shop.</summary>
    [Range(0.01, 168)]
    public double EveryHours { get; set; } = 6;

    /// <summary>Rows per DELETE statement, so no statement holds many locks or runs long.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;
}
