namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>
/// When a failed renewal is retried, in days after the renewal was first due (not after each
/// failure, so a restarted runner computes the same moments).
/// </summary>
public sealed record DunningSchedule
{
    /// <summary>Retries 1, 3, 5 and 7 days after the renewal was due.</summary>
    public static readonly DunningSchedule Default = new([1, 3, 5, 7]);

    /// <summary>Creates a schedule of strictly increasing, positive day offsets.</summary>
    public DunningSchedule(IReadOnlyList<int> retryDays)
    {
        ArgumentNullException.ThrowIfNull(retryDays);
        for (var i = 0; i < retryDays.Count; i++)
        {
            if (retryDays[i] < 1 || (i > 0 && retryDays[i] <= retryDays[i - 1]))
            {
                throw new ArgumentException("Retry days must be positive and strictly increasing.", nameof(retryDays));
            }
        }

        RetryDays = [.. retryDays];
    }

    public IReadOnlyList<int> RetryDays { get; }

    /// <summary>The retry after <paramref name="failedAttempts"/> failures, or null when retries are exhausted.</summary>
    public DateTimeOffset? RetryAfter(DateTimeOffset dueAt, int failedAttempts) =>
        failedAttempts >= 1 && failedAttempts <= RetryDays.Count ? dueAt.AddDays(RetryDays[failedAttempts - 1]) : null;
}
