namespace WalkingDrum.Core.Payments;

/// <summary>
/// The payment processor refused a request or could not be reached. <see cref="Exception.Message"/>
/// is written for the merchant or shopper; <see cref="IsTransient"/> says whether trying again later may work.
/// </summary>
public sealed class PaymentException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public PaymentException()
    {
    }

    /// <summary>Creates a permanent refusal with a readable message.</summary>
    public PaymentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates a permanent refusal caused by <paramref name="innerException"/>.</summary>
    public PaymentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with a shopper-facing message.</summary>
    public PaymentException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException) => IsTransient = isTransient;

    /// <summary>The processor was unavailable or limited us; the same request may succeed later.</summary>
    public bool IsTransient { get; }
}
