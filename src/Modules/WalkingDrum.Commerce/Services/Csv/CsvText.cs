using System.Text;
using UtfUnknown;

namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>
/// Decides how an uploaded CSV file's bytes become text. UTF-8 (with or without a byte-order mark)
/// and UTF-16 with a mark are read; anything else is refused with the encoding it looks like,
/// because guessing a legacy code page silently turns "Café" into "CafÃ©" in a merchant's catalog.
/// </summary>
public static class CsvText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The encoding to read <paramref name="path"/> with, or why it cannot be read.</summary>
    public static (Encoding? Encoding, string? Error) Detect(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[3];
        var read = file.Read(head);
        if (read >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            return (head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode, null);
        }

        var hasUtf8Mark = read == 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF;
        file.Position = hasUtf8Mark ? 3 : 0;
        return IsStrictUtf8(file)
            ? (StrictUtf8, null)
            : (null, NotUtf8Message(path));
    }

    private static bool IsStrictUtf8(Stream stream)
    {
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[81920];
        var chars = new char[StrictUtf8.GetMaxCharCount(bytes.Length)];
        try
        {
            int count;
            while ((count = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                var decoded = decoder.GetChars(bytes, 0, count, chars, 0, flush: false);
                if (chars.AsSpan(0, decoded).Contains('\0'))
                {
                    return false;
                }
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string NotUtf8Message(string path)
    {
        var guess = CharsetDetector.DetectFromFile(path).Detected;
        var looksLike = guess?.EncodingName is { Length: > 0 } name && guess.Confidence > 0.3f ? $" (it looks like {name})" : "";
        return $"The file is not UTF-8 text{looksLike}. In your spreadsheet choose \"CSV UTF-8\" when saving, then upload it again.";
    }
}
