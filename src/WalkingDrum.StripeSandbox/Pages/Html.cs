using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace WalkingDrum.StripeSandbox.Pages;

/// <summary>What a hosted page answers: HTML, or a 303 to where the shopper goes next.</summary>
internal sealed record PageOutcome(int Status, string? Html, string? RedirectTo)
{
    public static PageOutcome Page(string html, int status = 200) => new(status, html, null);

    public static PageOutcome SeeOther(string url) => new(303, null, url);

    public ContentHttpResult ToResult(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (RedirectTo is not null)
        {
            http.Response.Headers.Location = RedirectTo;
        }
        return TypedResults.Content(Html ?? "", "text/html", Encoding.UTF8, Status);
    }
}

/// <summary>The shared frame of hosted pages: a phone-first layout with a visible test-mode badge.</summary>
internal static class Html
{
    private const string Style = """
        *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1f36;background:#f6f9fc}
        main{max-width:28rem;margin:0 auto;padding:1rem}h1{font-size:1.4rem;margin:.5rem 0 1rem}
        .badge{display:inline-block;background:#ffde92;color:#5f3700;font-weight:700;font-size:.8rem;padding:.15rem .5rem;border-radius:.25rem;text-transform:uppercase}
        .card{background:#fff;border-radius:.5rem;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:1rem;margin-bottom:1rem}
        ul{list-style:none;margin:0;padding:0}li{display:flex;justify-content:space-between;gap:1rem;padding:.25rem 0}
        .total{font-weight:700;border-top:1px solid #e3e8ee;margin-top:.5rem;padding-top:.5rem}
        label{display:block;font-weight:600;margin:.75rem 0 .25rem}input{width:100%;font:inherit;padding:.6rem;border:1px solid #a3acb9;border-radius:.375rem}
        input[aria-invalid=true]{border-color:#c0123c}.error{color:#c0123c;margin:.25rem 0 0}
        .alert{border-left:4px solid #c0123c;background:#fff5f6;padding:.75rem;margin-bottom:1rem}
        .row{display:flex;gap:.75rem}.row>div{flex:1}
        button{width:100%;font:inherit;font-weight:700;padding:.75rem;margin-top:1rem;border:0;border-radius:.375rem;background:#635bff;color:#fff;cursor:pointer}
        button.secondary{background:#e3e8ee;color:#1a1f36}a{color:#635bff}:focus-visible{outline:3px solid #0570de;outline-offset:2px}
        """;

    public static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");

    public static string Layout(string title, string body) => $"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(title)} · Test mode</title><style>{Style}</style></head>
        <body><main>
        <p><span class="badge">Test mode</span> No real money moves; use Stripe's test cards.</p>
        {body}
        </main></body></html>
        """;

    public static string Message(string title, string text, string? linkUrl = null, string? linkText = null) => Layout(title, $"""
        <h1>{Encode(title)}</h1><div class="card"><p>{Encode(text)}</p>
        {(linkUrl is null ? "" : $"<p><a href=\"{Encode(linkUrl)}\">{Encode(linkText)}</a></p>")}</div>
        """);

    /// <summary>The 3-D Secure stand-in: two buttons posting the outcome to <paramref name="action"/>.</summary>
    public static string AuthenticationStep(string action, string amount) => Layout("Authenticate your payment", $"""
        <h1>Authenticate your payment</h1>
        <div class="card"><p>Your bank asks you to confirm this payment of <strong>{Encode(amount)}</strong>.</p>
        <p>This is a test authentication page: choose how the authentication ends.</p>
        <form method="post" action="{Encode(action)}">
        <button type="submit" name="outcome" value="complete">Complete authentication</button>
        <button type="submit" name="outcome" value="fail" class="secondary">Fail authentication</button>
        </form></div>
        """);
}
