using WalkingDrum.Testing;

namespace WalkingDrum.Web.Tests.Email;

/// <summary>
/// The app with a dispatcher that polls only every five minutes, so mail delivered within a
/// test's seconds was delivered because a commit woke the dispatcher. Tests that change rows
/// behind its back wake it themselves (<see cref="OutboxRows.Wake"/>).
/// </summary>
public sealed class OutboxApp : WalkingDrumApp
{
    public OutboxApp()
        : base(Settings(300))
    {
    }

    private OutboxApp(TestDatabase database, double pollSeconds)
        : base(database, Settings(pollSeconds))
    {
    }

    /// <summary>An app on <paramref name="database"/>, which the caller creates and disposes.</summary>
    public static OutboxApp On(TestDatabase database, double pollSeconds = 300) => new(database, pollSeconds);

    private static Dictionary<string, string?> Settings(double pollSeconds) => new()
    {
        ["Email:Outbox:PollSeconds"] = pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
