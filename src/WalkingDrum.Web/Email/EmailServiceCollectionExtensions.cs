using System.Threading.Channels;
using WalkingDrum.Core.Email;

namespace WalkingDrum.Web.Email;

/// <summary>Registers the email queue, dispatcher, archive, SMTP transport and templates.</summary>
public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddWalkingDrumEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton(Channel.CreateUnbounded<QueuedEmail>(new UnboundedChannelOptions { SingleReader = true }));
        services.AddSingleton<MailArchive>();
        services.AddSingleton<SmtpDelivery>();
        services.AddSingleton<EmailTemplates>();
        services.AddScoped<IEmailSender, QueuedEmailSender>();
        services.AddHostedService<EmailDispatcher>();
        return services;
    }
}
