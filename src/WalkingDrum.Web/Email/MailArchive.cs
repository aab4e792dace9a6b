using Microsoft.Extensions.Options;
using MimeKit;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Email;

/// <summary>
/// The .eml files of one tenant under <c>App_Data/mail/{tenant}</c>: a copy of every message as
/// it was sent, kept after the outbox drops sent rows.
/// </summary>
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
        // Written aside and moved in, so nothing that lists *.eml files ever reads half a message.
        var partial = Path.Combine(folder, name + ".partial");
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, Path.Combine(folder, name + ".eml"), overwrite: true);
    }

    private string Folder(TenantInfo tenant) =>
        Path.Combine(appData.Value.Path, "mail", tenant.IsHost ? "_platform" : tenant.Name);
}
