using System.Text;
using Microsoft.AspNetCore.Http;

namespace WalkingDrum.Theme.Services;

/// <summary>
/// A rendered page written as UTF-8 with its length. <c>Results.Content</c> looks the charset up
/// through the registered encoding providers on every response, and with a code-page provider
/// registered that lookup takes a process-wide lock that busy storefronts contend on.
/// </summary>
internal sealed class HtmlPageResult(string html, int statusCode) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var body = Encoding.UTF8.GetBytes(html);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
