using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WalkingDrum.Billing.Services.Gateway;
using WalkingDrum.Billing.Services.Webhooks;

namespace WalkingDrum.Billing.Endpoints;

/// <summary><c>POST /stripe/webhook</c> in a shop: Stripe's (or the sandbox's) event deliveries.</summary>
public static class StripeWebhookEndpoints
{
    /// <summary>Stripe's events are a few kilobytes; anything this large is not one.</summary>
    public const int MaxPayloadBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapStripeWebhookEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SandboxWebhooks.ReceiverPath, ReceiveAsync)
            .WithName("StripeWebhook")
            .WithSummary("Receives a signed Stripe event for the shop, stores it once and acknowledges it; processing follows.")
            .WithTags("Payments")
            .DisableAntiforgery()
            .AllowAnonymous();
        return endpoints;
    }

    private static async Task<Results<Ok, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request,
        StripeWebhookReceiver receiver,
        CancellationToken cancellationToken)
    {
        var payload = request.ContentLength > MaxPayloadBytes ? null : await ReadAsync(request, cancellationToken);
        if (payload is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", $"A Stripe event is at most {MaxPayloadBytes / 1024} KB.");
        }

        return await receiver.ReceiveAsync(payload, request.Headers["Stripe-Signature"], cancellationToken) switch
        {
            WebhookOutcome.Stored or WebhookOutcome.Duplicate => TypedResults.Ok(),
            WebhookOutcome.NoSecret => Problem(StatusCodes.Status400BadRequest, "No webhook secret",
                "This shop has no webhook signing secret set, so the delivery cannot be checked. Add it in Settings → Payments."),
            WebhookOutcome.BadSignature => Problem(StatusCodes.Status400BadRequest, "Bad signature",
                "The Stripe-Signature header is missing, does not match the payload, or is more than 300 seconds old."),
            _ => Problem(StatusCodes.Status400BadRequest, "Not a Stripe event", "The payload is not a Stripe event object."),
        };
    }

    // Reads at most the limit, whatever Content-Length claimed (chunked bodies have none).
    private static async Task<string?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxPayloadBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
