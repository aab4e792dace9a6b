namespace WalkingDrum.Billing.Services.Settings;

/// <summary>Checks Stripe keys by their documented shapes before anything is saved.</summary>
internal static class PaymentSettingsRules
{
    private const int MaxLength = 300;

    /// <summary>Messages by field name; empty when the input can be saved.</summary>
    public static Dictionary<string, string> Check(PaymentSettingsInput input, bool hasSavedKey, bool hasSavedWebhookSecret)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var secret = input.SecretKey?.Trim();
        var publishable = input.PublishableKey?.Trim();
        var webhook = input.WebhookSecret?.Trim();

        if (string.IsNullOrEmpty(secret) && !hasSavedKey)
        {
            errors[nameof(input.SecretKey)] = "Enter your Stripe secret key (it starts with sk_live_ or sk_test_).";
        }
        else if (!string.IsNullOrEmpty(secret) && (secret.Length > MaxLength || !HasPrefix(secret, "sk_live_", "sk_test_", "rk_live_", "rk_test_") || secret.Any(char.IsWhiteSpace)))
        {
            errors[nameof(input.SecretKey)] = "This is not a Stripe secret key: it starts with sk_live_, sk_test_, rk_live_ or rk_test_.";
        }

        if (!string.IsNullOrEmpty(publishable) && (publishable.Length > MaxLength || !HasPrefix(publishable, "pk_live_", "pk_test_") || publishable.Any(char.IsWhiteSpace)))
        {
            errors[nameof(input.PublishableKey)] = "This is not a Stripe publishable key: it starts with pk_live_ or pk_test_.";
        }
        else if (!string.IsNullOrEmpty(publishable) && !string.IsNullOrEmpty(secret) && !errors.ContainsKey(nameof(input.SecretKey))
            && IsLive(publishable) != IsLive(secret))
        {
            errors[nameof(input.PublishableKey)] = "The publishable key and the secret key must both be live keys or both be test keys.";
        }

        if (string.IsNullOrEmpty(webhook) && !hasSavedWebhookSecret)
        {
            errors[nameof(input.WebhookSecret)] = "Enter the signing secret of your webhook endpoint (it starts with whsec_).";
        }
        else if (!string.IsNullOrEmpty(webhook) && (webhook.Length > MaxLength || !webhook.StartsWith("whsec_", StringComparison.Ordinal) || webhook.Any(char.IsWhiteSpace)))
        {
            errors[nameof(input.WebhookSecret)] = "This is not a webhook signing secret: it starts with whsec_.";
        }

        return errors;
    }

    private static bool HasPrefix(string value, params string[] prefixes) =>
        prefixes.Any(prefix => value.StartsWith(prefix, StringComparison.Ordinal) && value.Length > prefix.Length + 8);

    private static bool IsLive(string key) => key.Contains("_live_", StringComparison.Ordinal);
}
