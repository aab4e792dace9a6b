using Microsoft.Extensions.Options;
using MimeKit;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Email;

/// <summary>A message as listed in the admin's email log.</summary>
public sealed record ArchivedEmail(string Id, DateTimeOffset Date, string To, string Subject, string TextBody);

/// <summary>The .eml files of one tenant under <c>App_Data/mail/{tenant}</c>, newest first.</summary>
public sealed class MailArchive(IOptions<AppDataOptions> appData)
{
    /// <summary>
    /// Writes <paramref name="message"/> as <c>{date}-{id}.eml</c>; saving the same message again
    /// (a retry) replaces the file rather than adding a copy.
    /// </summary>
    public async Task SaveAsync(TenantInfo tenant, Guid id, MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(message);
        var folder = Folder(tenant);
        Directory.CreateDirectory(folder);
        var name = $"{message.Date.UtcDateTime:yyyyMMddHHmmssfff}-{id:N}";
        // Written aside and moved in, so the admin (or anyone listing *.eml) never reads half a message.
        var partial = Path.Combine(folder, name + ".partial");
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, Path.Combine(folder, name + ".eml"), overwrite: true);
    }

    public async Task<IReadOnlyList<ArchivedEmail>> ListAsync(TenantInfo tenant, int take, CancellationToken cancellationToken)
    {
        var folder = Folder(tenant);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal).Reverse().Take(take);
        var list = new List<ArchivedEmail>();
        foreach (var file in files)
        {
            var message = await MimeMessage.LoadAsync(file, cancellationToken);
            list.Add(new ArchivedEmail(
                Path.GetFileNameWithoutExtension(file), message.Date, message.To.ToString(), message.Subject ?? "", message.TextBody ?? ""));
        }

        return list;
    }

    private string Folder(TenantInfo tenant) =>
        Path.Combine(appData.Value.Path, "mail", tenant.IsHost ? "_platform" : tenant.Name);
}
