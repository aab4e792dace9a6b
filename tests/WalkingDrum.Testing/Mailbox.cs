namespace WalkingDrum.Testing;

/// <summary>Reads the .eml files the app wrote for a shop (the default mail transport).</summary>
public static class Mailbox
{
    public static IReadOnlyList<string> Messages(WalkingDrumApp app, string shopName)
    {
        var folder = Path.Combine(app.Database.AppData, "mail", shopName);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllText)]
            : [];
    }

    /// <summary>Waits (up to 10 s) for a message to <paramref name="to"/>; mail is sent in the background.</summary>
    public static async Task<string> WaitForMessageAsync(WalkingDrumApp app, string shopName, string to)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var message = Messages(app, shopName).FirstOrDefault(m => m.Contains("To: " + to, StringComparison.OrdinalIgnoreCase));
            if (message is not null)
            {
                return message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No email to {to} arrived for {shopName}.");
    }
}
