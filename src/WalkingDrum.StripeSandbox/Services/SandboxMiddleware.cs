using WalkingDrum.StripeSandbox.Models;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>
/// Gives every response a <c>Request-Id</c>, authenticates the API and test controls by secret key
/// (each <c>sk_test_…</c> key is its own account) and serves injected faults before any handler runs.
/// </summary>
internal sealed class SandboxMiddleware(RequestDelegate next, FaultInjector faults)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var requestId = Ids.RequestId();
        context.Items[SandboxApi.RequestIdItem] = requestId;
        context.Response.Headers["Request-Id"] = requestId;
        // Stripe.net joins ApiBase and "/v1/…" as text, so a base ending in '/' yields "//v1/…".
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith("//", StringComparison.Ordinal))
        {
            context.Request.Path = new PathString("/" + path.TrimStart('/'));
            path = context.Request.Path.Value!;
        }
        var isApi = path.StartsWith("/v1/", StringComparison.Ordinal);
        if (!isApi && !path.StartsWith("/_sandbox/", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }
        var account = SecretKey(context.Request);
        if (account is null)
        {
            await WriteAsync(context, 401, StripeErrors.Body("invalid_request_error", Unauthorized(context.Request)));
            return;
        }
        context.Items[SandboxApi.AccountItem] = account;
        if (isApi && faults.Take(account, path) is { } status)
        {
            await WriteAsync(context, status, FaultInjector.ErrorBody(status));
            return;
        }
        await next(context);
    }

    private static string? SecretKey(HttpRequest request)
    {
        var key = PresentedKey(request.Headers.Authorization.FirstOrDefault() ?? "");
        return key.StartsWith("sk_test_", StringComparison.Ordinal) && key.Length > "sk_test_".Length ? key : null;
    }

    // Stripe takes the key as a Bearer token or as the user name of Basic auth (curl -u sk_test_…:).
    private static string PresentedKey(string header)
    {
        if (header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return header["Bearer ".Length..].Trim();
        }
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return header;
        }
        var bytes = new byte[header.Length];
        return Convert.TryFromBase64String(header["Basic ".Length..].Trim(), bytes, out var length)
            ? System.Text.Encoding.UTF8.GetString(bytes, 0, length).Split(':')[0]
            : "";
    }

    private static string Unauthorized(HttpRequest request)
    {
        var header = request.Headers.Authorization.FirstOrDefault();
        if (string.IsNullOrEmpty(header))
        {
            return "You did not provide an API key. You need to provide your API key in the Authorization header, "
                + "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').";
        }
        var key = PresentedKey(header);
        var shown = key.Length > 12 ? key[..8] + "***" + key[^4..] : "***";
        return $"Invalid API Key provided: {shown}";
    }

    private static Task WriteAsync(HttpContext context, int status, System.Text.Json.Nodes.JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString(StripeJson.Options), context.RequestAborted);
    }
}
