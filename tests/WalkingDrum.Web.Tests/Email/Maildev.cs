using System.Net.Http.Json;
using System.Text.Json;

namespace WalkingDrum.Web.Tests.Email;

/// <summary>
/// The maildev that <c>eng/test.sh</c> starts on loopback: <c>WALKINGDRUM_TEST_SMTP</c> is its SMTP
/// address, <c>WALKINGDRUM_TEST_MAILDEV</c> its REST API. Tests that need it are skipped without them.
/// </summary>
internal static class Maildev
{
    public const string NotRunning =
        "No SMTP server: WALKINGDRUM_TEST_SMTP and WALKINGDRUM_TEST_MAILDEV are not set. Run ./eng/test.sh, which starts maildev.";

    public static string? SmtpAddress { get; } = Environment.GetEnvironmentVariable("WALKINGDRUM_TEST_SMTP");

    public static string? ApiAddress { get; } = Environment.GetEnvironmentVariable("WALKINGDRUM_TEST_MAILDEV");

    public static bool Running => !string.IsNullOrWhiteSpace(SmtpAddress) && !string.IsNullOrWhiteSpace(ApiAddress);

    public static (string Host, int Port) Smtp
    {
        get
        {
            var colon = SmtpAddress!.LastIndexOf(':');
            return (SmtpAddress[..colon], int.Parse(SmtpAddress[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Every message maildev caught with <paramref name="subject"/> for <paramref name="to"/>.</summary>
    public static async Task<List<JsonElement>> MessagesAsync(string to, string subject)
    {
        using var maildev = new HttpClient { BaseAddress = new Uri(ApiAddress!.TrimEnd('/') + "/") };
        var all = await maildev.GetFromJsonAsync<JsonElement>("api/email");
        return [.. all.EnumerateArray().Where(message =>
            message.GetProperty("subject").GetString() == subject
            && message.GetProperty("to").EnumerateArray().Any(a => a.GetProperty("address").GetString() == to))];
    }

    /// <summary>Waits (up to 10 s) until maildev caught the message.</summary>
    public static async Task<JsonElement> WaitForMessageAsync(string to, string subject)
    {
        var stopAt = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if ((await MessagesAsync(to, subject)).FirstOrDefault() is { ValueKind: JsonValueKind.Object } message)
            {
                return message;
            }

            if (DateTime.UtcNow > stopAt)
            {
                throw new TimeoutException($"maildev at {ApiAddress} got no '{subject}' to {to} within 10 s.");
            }

            await Task.Delay(100);
        }
    }
}
