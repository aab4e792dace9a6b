using System.Collections.Frozen;
using System.Net.Mail;
using System.Text.RegularExpressions;
using WalkingDrum.Tenants.Models;

namespace WalkingDrum.Tenants.Services;

/// <summary>
/// Checks the shape of a signup before anything touches the database. Errors are keyed by the
/// request's JSON field names so forms and problem details can point at the field.
/// </summary>
public static partial class SignupValidator
{
    public const int MaxStoreName = 80;
    public const int MaxEmail = 254;
    public const int MaxPassword = 128;

    /// <summary>Names that are, or may become, platform addresses and can never be shops.</summary>
    public static readonly FrozenSet<string> ReservedNames = new[]
    {
        "admin", "administrator", "api", "app", "apps", "assets", "auth", "billing", "blog", "cdn", "dashboard",
        "dev", "docs", "email", "ftp", "health", "help", "host", "localhost", "login", "mail", "metrics",
        "openapi", "platform", "root", "s", "shop", "signup", "smtp", "static", "status", "stripe", "support",
        "system", "test", "www", "walkingdrum", "walking-drum",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static Dictionary<string, string[]> Validate(SignupRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var storeName = request.StoreName?.Trim() ?? "";
        if (storeName.Length == 0)
        {
            errors["storeName"] = ["Enter your store's name."];
        }
        else if (storeName.Length > MaxStoreName)
        {
            errors["storeName"] = [$"Use at most {MaxStoreName} characters for the store name."];
        }
        else if (storeName.Any(char.IsControl))
        {
            errors["storeName"] = ["The store name cannot contain control characters."];
        }

        if (SubdomainError(request.Subdomain) is { } subdomainError)
        {
            errors["subdomain"] = [subdomainError];
        }

        if (EmailError(request.Email) is { } emailError)
        {
            errors["email"] = [emailError];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["Choose a password."];
        }
        else if (request.Password.Length > MaxPassword)
        {
            errors["password"] = [$"Use at most {MaxPassword} characters for the password."];
        }

        return errors;
    }

    public static string? SubdomainError(string? subdomain)
    {
        if (string.IsNullOrWhiteSpace(subdomain))
        {
            return "Choose a subdomain for your store's address.";
        }

        if (subdomain.Length is < 3 or > 63)
        {
            return "The subdomain must be 3 to 63 characters long.";
        }

        if (!SubdomainPattern().IsMatch(subdomain))
        {
            return "Use lower-case letters, digits and hyphens only, starting and ending with a letter or digit.";
        }

        return ReservedNames.Contains(subdomain) ? $"'{subdomain}' is reserved; choose another subdomain." : null;
    }

    public static string? EmailError(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return "Enter your email address.";
        }

        if (email.Length > MaxEmail)
        {
            return $"Use at most {MaxEmail} characters for the email address.";
        }

        var valid = MailAddress.TryCreate(email, out var address)
            && string.Equals(address.Address, email, StringComparison.Ordinal)
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !email.Any(char.IsControl);
        return valid ? null : "Enter a valid email address, like name@example.com.";
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex SubdomainPattern();
}
