using System.Net;
using Stripe;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Services.Stripe;

/// <summary>Turns Stripe.net failures into <see cref="PaymentException"/>s people can read.</summary>
internal static class StripeFailures
{
    public static async Task<T> TranslateAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (StripeException ex)
        {
            throw From(ex);
        }
        catch (HttpRequestException ex)
        {
            throw new PaymentException("The payment service could not be reached. Please try again in a moment.", isTransient: true, ex);
        }
        catch (TaskCanceledException ex) when (!ex.CancellationToken.IsCancellationRequested)
        {
            throw new PaymentException("The payment service did not answer in time. Please try again in a moment.", isTransient: true, ex);
        }
    }

    public static PaymentException From(StripeException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var status = (int)ex.HttpStatusCode;
        if (ex.HttpStatusCode == HttpStatusCode.TooManyRequests || status >= 500)
        {
            return new PaymentException("The payment service is busy. Please try again in a moment.", isTransient: true, ex);
        }

        if (ex.HttpStatusCode == HttpStatusCode.Unauthorized)
        {
            return new PaymentException("Stripe refused the shop's API key. Check the key in Settings → Payments.", isTransient: false, ex);
        }

        var message = ex.StripeError?.Message is { Length: > 0 } stripeMessage ? stripeMessage : "The payment service refused the request.";
        return new PaymentException(message, isTransient: false, ex);
    }
}
