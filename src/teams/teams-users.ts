/** Who a Teams user is: e-mail and name from the conversation roster (TeamsInfo.getMember), cached for a while. */
import { TeamsInfo, type TurnContext } from "botbuilder";

export interface TeamsUserFacts {
  email: string | null;
  displayName: string | undefined;
  aadObjectId: string | undefined;
}

const TTL_MS = 10 * 60 * 1000;

export class TeamsUserDirectory {
  private readonly cache = new Map<string, { at: number; facts: TeamsUserFacts }>();

  constructor(private readonly onError: (error: unknown, userId: string) => void) {}

  async lookup(context: TurnContext, userId: string): Promise<TeamsUserFacts> {
    const key = `${context.activity.conversation?.tenantId ?? ""}/${userId}`;
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < TTL_MS) return cached.facts;
    try {
      const member = await TeamsInfo.getMember(context, userId);
      const email = (member.email ?? member.userPrincipalName ?? "").trim().toLowerCase();
      const facts: TeamsUserFacts = {
        email: email.includes("@") ? email : null,
        displayName: member.name || undefined,
        aadObjectId: member.aadObjectId || undefined,
      };
      this.cache.set(key, { at: Date.now(), facts });
      return facts;
    } catch (error) {
      // Without an e-mail the user can still read; writing needs the e-mail to match a lead or leader.
      this.onError(error, userId);
      return { email: null, displayName: undefined, aadObjectId: undefined };
    }
  }
}
