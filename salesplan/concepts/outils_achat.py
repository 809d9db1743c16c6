"""Outils d'aide à l'achat et procédure d'appel d'offres."""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue, Concept
from salesplan.concepts._types import Etape

OUTILS_ACHAT: Catalogue[Concept] = Catalogue(
    "outil d'aide à l'achat",
    (
        Concept(
            "cahier_des_charges",
            "Cahier des charges",
            "Document rédigé par l'acheteur qui décrit son besoin avant de consulter les fournisseurs : besoins "
            "qualitatifs (fonctions attendues, niveau de qualité, normes, service après-vente, délais, contraintes "
            "techniques ou environnementales) et besoins quantitatifs (quantités, volumes, fréquence, budget). "
            "Il sert de référence commune pour comparer les offres. Dans un marché public, ce rôle est tenu par "
            "les documents de la consultation, notamment le cahier des clauses techniques particulières (CCTP).",
            "Le cahier des charges d'une PME demande 15 imprimantes multifonctions couleur (quantitatif), "
            "impression recto verso, badge utilisateur et intervention sous 8 heures ouvrées (qualitatif).",
            "Norme NF EN 16271 (expression fonctionnelle du besoin) ; usage de la profession",
            ("besoins qualitatifs", "besoins quantitatifs", "critères de choix", "délais"),
        ),
        Concept(
            "appel_d_offres",
            "Appel d'offres",
            "Procédure par laquelle un acheteur met en concurrence plusieurs fournisseurs à partir d'un besoin "
            "écrit et choisit l'offre la meilleure selon des critères annoncés à l'avance. Elle lui permet de "
            "connaître l'état du marché (prix, solutions, fournisseurs). Obligatoire pour les acheteurs publics "
            "au-delà des seuils européens (procédure formalisée) ; libre et plus souple entre entreprises privées.",
            "Un groupe de cliniques publie un appel d'offres pour l'infogérance de ses impressions ; "
            "Bureautik Pro remet une offre technique et financière avant la date limite.",
            "Code de la commande publique, art. L2124-2 et R2124-2 (appel d'offres des acheteurs publics)",
        ),
        Concept(
            "grille_comparaison_offres",
            "Grille de comparaison des offres",
            "Tableau dans lequel l'acheteur dissèque les offres reçues critère par critère (prix, qualité, délais, "
            "garanties, service) et leur attribue une note pondérée pour les classer objectivement. Le vendeur "
            "qui connaît les critères et leur poids peut construire son offre pour bien s'y placer.",
            "Un acheteur pondère le prix à 40 %, la valeur technique à 40 % et le délai d'intervention à 20 % : "
            "l'offre de Bureautik Pro, deuxième sur le prix mais première sur le service, obtient la meilleure "
            "note globale.",
            "Usage de la profession ; CCP art. R2152-7 (critères pondérés des marchés publics)",
        ),
        Concept(
            "grille_simulation",
            "Grille de simulation",
            "Outil de préparation dans lequel l'acheteur (ou le vendeur, à sa place) liste à l'avance les "
            "objections possibles, les réponses attendues et les concessions envisageables, pour anticiper le "
            "déroulement de la négociation et ne pas être pris au dépourvu.",
            "Avant la rencontre, l'acheteur note : « prix du coût copie plus élevé que le concurrent → demander "
            "l'engagement de volume en échange » ; le vendeur de Bureautik Pro prépare la réponse à la même "
            "objection.",
            "Usage de la profession",
        ),
        Concept(
            "argumentaire_acheteur",
            "Argumentaire de l'acheteur",
            "Document préparé par l'acheteur qui rassemble ses propositions sur les clauses qu'il veut négocier "
            "(prix et remises, délais de paiement, délais de livraison, garanties, pénalités, durée du contrat, "
            "conditions de résiliation) et les arguments qui les justifient.",
            "L'acheteur d'une ETI prévoit de demander un paiement à 60 jours, une remise de 5 % pour un contrat "
            "de trois ans et des pénalités si le technicien arrive après 8 heures.",
            "Usage de la profession",
            ("prix et remises", "délais de paiement", "garanties", "pénalités", "durée du contrat"),
        ),
    ),
)

ETAPES_APPEL_OFFRES: Catalogue[Etape] = Catalogue(
    "étape de l'appel d'offres",
    (
        Etape(
            "consultation",
            "Consultation",
            "L'acheteur publie un avis (pour un acheteur public : sur son profil d'acheteur, au BOAMP ou au Journal "
            "officiel de l'Union européenne selon le montant) et met à disposition les documents de la "
            "consultation : règlement, cahier des charges, critères d'attribution, date limite de remise des offres.",
            "Bureautik Pro, qui a paramétré une veille sur les marchés publics du Rhône, reçoit l'avis de la "
            "métropole et télécharge gratuitement le dossier de consultation.",
            "Code de la commande publique, art. R2131-1 et suivants (publicité)",
            ordre=1,
        ),
        Etape(
            "candidature",
            "Candidature",
            "Le fournisseur prouve qu'il peut exécuter le marché : identité, absence d'interdiction de "
            "soumissionner, capacités économiques et financières, capacités techniques et professionnelles "
            "(références, moyens). Pour les marchés publics, le document unique de marché européen (DUME) "
            "remplace les anciens formulaires DC1 et DC2 ; l'acheteur ne peut exiger un chiffre d'affaires "
            "minimal supérieur à un plafond fixé par le code (multiple du montant du marché).",
            "Bureautik Pro remplit le DUME, joint trois références de clients publics et son attestation "
            "d'assurance, puis dépose candidature et offre sur la plateforme avant la date limite.",
            "Code de la commande publique, art. R2143-3 et R2143-4 (DUME), R2142-7 (chiffre d'affaires exigé)",
            ordre=2,
        ),
        Etape(
            "selection",
            "Sélection (attribution)",
            "L'acheteur écarte les candidatures et les offres irrégulières, puis classe les offres selon les "
            "critères annoncés et attribue le marché à l'offre économiquement la plus avantageuse. Depuis le 21 août "
            "2026 (décret 2022-767, loi Climat et résilience art. 35), le prix seul ne peut plus être le critère "
            "unique : l'acheteur retient soit le coût seul, calculé sur tout le cycle de vie en tenant compte "
            "des caractéristiques environnementales, soit plusieurs critères pondérés (prix, valeur technique, "
            "délais...) dont au moins un environnemental. Les candidats non retenus sont informés.",
            "La métropole attribue le marché à Bureautik Pro (note 87/100), informe les deux autres candidats "
            "et leur indique les motifs du rejet.",
            "Code de la commande publique, art. L2152-7 et R2152-7 ; loi 2021-1104 du 22 août 2021, art. 35 ; "
            "décret 2022-767 du 2 mai 2022",
            ordre=3,
        ),
    ),
)

__all__ = ["ETAPES_APPEL_OFFRES", "OUTILS_ACHAT"]
