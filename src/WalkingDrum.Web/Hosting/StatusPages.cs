using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace WalkingDrum.Web.Hosting;

/// <summary>
/// Bodies for bare error statuses: browsers get a short HTML page that says what to do (a form
/// that failed anti-forgery or could not be read lands here), API clients get problem details.
/// </summary>
internal static class StatusPages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var wantsHtml = http.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true)
                        || http.Request.HasFormContentType;
        if (!wantsHtml)
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = status, Detail = Explain(status) } });
            return;
        }

        var css = http.Request.PathBase + "/css/admin.css";
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{status} · Walking-Drum</title><link rel="stylesheet" href="{WebUtility.HtmlEncode(css)}"></head>
            <body class="public"><main id="main" class="narrow"><div class="card" role="alert">
            <h1>{WebUtility.HtmlEncode(Title(status))}</h1><p>{WebUtility.HtmlEncode(Explain(status))}</p>
            <p><a href="javascript:history.back()">Go back</a></p></div></main></body></html>
            """);
    }

    private static string Title(int status) => status switch
    {
        400 => "We could not accept that form",
        404 => "Page not found",
        405 => "That action is not available here",
        413 => "That upload is too large",
        _ => "Something went wrong",
    };

    private static string Explain(int status) => status switch
    {
        400 => "The form expired or contained characters we cannot read. Go back, reload the page and try again.",
        404 => "There is no page at this address.",
        405 => "This address does not accept that kind of request.",
        413 => "The request is larger than this address accepts.",
        _ => "Please try again in a moment.",
    };
}
