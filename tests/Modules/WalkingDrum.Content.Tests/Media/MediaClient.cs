using System.Net.Http.Headers;
using WalkingDrum.Testing;

namespace WalkingDrum.Content.Tests.Media;

/// <summary>Posts the media library's multipart forms the way a browser does.</summary>
public static class MediaClient
{
    public const string LibraryPath = "admin/media";

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string? alt, params (string Name, byte[] Content)[] files)
    {
        var token = await Forms.TokenAsync(client, LibraryPath);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), Forms.TokenField },
        };
        if (alt is not null)
        {
            form.Add(new StringContent(alt), "alt");
        }

        foreach (var (name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "files", name);
        }

        return await client.PostAsync(LibraryPath + "?handler=Upload", form);
    }
}
