using System.Globalization;

namespace WalkingDrum.StripeSandbox;

/// <summary>
/// Runs the sandbox on its own. A class with a Main rather than top-level statements, so that no
/// public <c>Program</c> type clashes with the host's when the host embeds the sandbox.
/// </summary>
internal static class SandboxProgram
{
    // Standalone: dotnet run --project src/WalkingDrum.StripeSandbox -- --urls http://127.0.0.1:12111 [--DataPath file.db]
    private static async Task Main(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables("STRIPESANDBOX_")
            .AddCommandLine(args)
            .Build();
        var options = new StripeSandboxOptions
        {
            DataPath = configuration["DataPath"] ?? Path.Combine(AppContext.BaseDirectory, "App_Data", "stripe-sandbox.db"),
            Urls = configuration["urls"] ?? "http://127.0.0.1:12111",
            PublicUrl = configuration["PublicUrl"] is { Length: > 0 } publicUrl ? new Uri(publicUrl) : null,
            DeliveryCopies = int.Parse(configuration["DeliveryCopies"] ?? "1", CultureInfo.InvariantCulture),
            ShuffleDeliveries = bool.Parse(configuration["ShuffleDeliveries"] ?? "false"),
            ApiVersion = configuration["ApiVersion"] ?? StripeSandboxOptions.DefaultApiVersion,
        };
        if (configuration["RetrySchedule"] is { Length: > 0 } schedule)
        {
            // A comma-separated list of TimeSpans, e.g. "00:00:10,00:01:00,00:10:00".
            options.RetrySchedule.Clear();
            foreach (var delay in schedule.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                options.RetrySchedule.Add(TimeSpan.Parse(delay, CultureInfo.InvariantCulture));
            }
        }
        await using var server = await StripeSandboxServer.StartAsync(options);
        Console.WriteLine($"Stripe sandbox listening on {server.BaseAddress} (data: {options.DataPath})");
        await server.WaitForShutdownAsync();
    }
}
