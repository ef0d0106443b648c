/** Dutch texts for the leaders' notice that messages waited in vain for the region's workspace to install the app. */
export const notInstalledNl = {
  notice: (platform: string, summary: string) =>
    `Berichten in ${platform} zijn niet bezorgd: de werkruimte van deze regio heeft de app verwijderd (of de toegang van de bot ingetrokken), en ze hadden geen zin meer. Het laatste: "${summary}".`,
  hint: "Vraag een beheerder van de werkruimte de app opnieuw te installeren via `/slack/install`; wat daarna wordt verstuurd komt weer aan. Vandaag krijg je hier geen bericht meer over.",
};
