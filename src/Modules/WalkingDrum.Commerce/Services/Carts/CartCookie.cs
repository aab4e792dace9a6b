using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace WalkingDrum.Commerce.Services.Carts;

/// <summary>
/// The anonymous shopper's cart cookie: an unguessable token, HttpOnly, SameSite=Lax, scoped to the
/// shop's path. The database keeps only the token's hash, so a leaked table opens no cart.
/// </summary>
internal static class CartCookie
{
    public const string Name = "wd_cart";

    private const int TokenBytes = 32;
    private static readonly int TokenLength = Base64Url.GetEncodedLength(TokenBytes);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>The request's token when it has the shape of one; anything else is ignored rather than looked up.</summary>
    public static string? Read(HttpContext http)
    {
        var value = http.Request.Cookies[Name];
        return value is not null && value.Length == TokenLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? value : null;
    }

    public static void Write(HttpContext http, string token) => http.Response.Cookies.Append(Name, token, Options(http, Lifetime));

    public static void Delete(HttpContext http) => http.Response.Cookies.Delete(Name, Options(http, null));

    /// <summary>The signed-in user's id, or null for an anonymous shopper.</summary>
    public static Guid? UserId(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    // Path-form shops (/s/name) share a host, so the cookie stays under the shop's own path.
    private static CookieOptions Options(HttpContext http, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps,
        Path = http.Request.PathBase.HasValue ? http.Request.PathBase.Value : "/",
        IsEssential = true,
        MaxAge = maxAge,
    };
}
