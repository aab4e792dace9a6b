using System.Globalization;

namespace WalkingDrum.Core.Money;

/// <summary>
/// Money as integer minor units plus an ISO 4217 currency code. Arithmetic refuses to mix
/// currencies, so a bare decimal never has to carry money through the system.
/// </summary>
public readonly record struct Amount : IComparable<Amount>
{
    /// <summary>Creates an amount; <paramref name="currency"/> must be a three-letter ISO code.</summary>
    public Amount(long minorUnits, string currency)
    {
        if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetter))
        {
            throw new ArgumentException("Currency must be a three-letter ISO 4217 code.", nameof(currency));
        }

        MinorUnits = minorUnits;
        Currency = currency.ToUpperInvariant();
    }

    /// <summary>The value in the currency's minor unit (cents for USD).</summary>
    public long MinorUnits { get; }

    /// <summary>Upper-case ISO 4217 code.</summary>
    public string Currency { get; }

    /// <summary>Digits after the decimal point for the currency (0 for JPY, 3 for BHD, 2 otherwise).</summary>
    public int Exponent => CurrencyExponent(Currency);

    /// <summary>Zero in <paramref name="currency"/>.</summary>
    public static Amount Zero(string currency) => new(0, currency);

    /// <summary>Parses a major-unit string such as <c>"12.50"</c> exactly, rejecting extra precision.</summary>
    public static Amount FromMajor(string value, string currency)
    {
        var exponent = CurrencyExponent(currency);
        var major = decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
        var scaled = major * Pow10(exponent);
        if (scaled != decimal.Truncate(scaled))
        {
            throw new FormatException($"{value} has more decimals than {currency.ToUpperInvariant()} allows.");
        }

        return new Amount((long)scaled, currency);
    }

    /// <summary>Adds two amounts of one currency.</summary>
    public static Amount operator +(Amount left, Amount right) =>
        new(checked(left.MinorUnits + SameCurrency(left, right).MinorUnits), left.Currency);

    /// <summary>Subtracts two amounts of one currency.</summary>
    public static Amount operator -(Amount left, Amount right) =>
        new(checked(left.MinorUnits - SameCurrency(left, right).MinorUnits), left.Currency);

    /// <summary>Multiplies by a whole quantity.</summary>
    public static Amount operator *(Amount amount, int quantity) =>
        new(checked(amount.MinorUnits * quantity), amount.Currency);

    /// <summary>Compares two amounts of one currency.</summary>
    public static bool operator <(Amount left, Amount right) => left.CompareTo(right) < 0;

    /// <summary>Compares two amounts of one currency.</summary>
    public static bool operator >(Amount left, Amount right) => left.CompareTo(right) > 0;

    /// <summary>Compares two amounts of one currency.</summary>
    public static bool operator <=(Amount left, Amount right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two amounts of one currency.</summary>
    public static bool operator >=(Amount left, Amount right) => left.CompareTo(right) >= 0;

    /// <summary>Adds two amounts of one currency.</summary>
    public Amount Add(Amount other) => this + other;

    /// <summary>Subtracts an amount of the same currency.</summary>
    public Amount Subtract(Amount other) => this - other;

    /// <summary>Multiplies by a whole quantity.</summary>
    public Amount Multiply(int quantity) => this * quantity;

    /// <inheritdoc />
    public int CompareTo(Amount other) => MinorUnits.CompareTo(SameCurrency(this, other).MinorUnits);

    /// <summary>Invariant major-unit text with the currency code, e.g. <c>12.50 USD</c>.</summary>
    public override string ToString()
    {
        var major = MinorUnits / Pow10(Exponent);
        return string.Create(CultureInfo.InvariantCulture, $"{major.ToString("F" + Exponent, CultureInfo.InvariantCulture)} {Currency}");
    }

    /// <summary>Invariant major-unit text without the currency, e.g. <c>12.50</c> (forms, CSV).</summary>
    public string ToMajorString()
    {
        var major = MinorUnits / Pow10(Exponent);
        return major.ToString("F" + Exponent, CultureInfo.InvariantCulture);
    }

    /// <summary>Text for shoppers, e.g. <c>$12.50</c>, <c>€12.50</c>, <c>12.50 CHF</c>.</summary>
    public string ToDisplayString()
    {
        var major = ToMajorString();
        var sign = MinorUnits < 0 ? "-" : "";
        var digits = MinorUnits < 0 ? major[1..] : major;
        return Currency switch
        {
            "USD" => $"{sign}${digits}",
            "CAD" => $"{sign}CA${digits}",
            "AUD" => $"{sign}A${digits}",
            "EUR" => $"{sign}€{digits}",
            "GBP" => $"{sign}£{digits}",
            "JPY" => $"{sign}¥{digits}",
            _ => $"{major} {Currency}",
        };
    }

    private static Amount SameCurrency(Amount left, Amount right) =>
        string.Equals(left.Currency, right.Currency, StringComparison.Ordinal)
            ? right
            : throw new InvalidOperationException($"Cannot combine {left.Currency} with {right.Currency}.");

    private static int CurrencyExponent(string currency) => currency.ToUpperInvariant() switch
    {
        "JPY" or "KRW" or "VND" or "CLP" or "ISK" or "UGX" or "XAF" or "XOF" => 0,
        "BHD" or "JOD" or "KWD" or "OMR" or "TND" => 3,
        _ => 2,
    };

    private static decimal Pow10(int exponent) => exponent switch { 0 => 1m, 3 => 1000m, _ => 100m };
}
